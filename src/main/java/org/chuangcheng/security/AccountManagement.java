package org.chuangcheng.security;

import org.chuangcheng.shared.LikePatterns;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.chuangcheng.shared.UnitDirectory;
import org.chuangcheng.shared.AuditEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation and changes by administrators, own password changes, sign-in lockout. */
@Service
@Transactional
@RequiredArgsConstructor
public class AccountManagement {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final UnitDirectory units;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    /** Creates an account; the password must satisfy {@link PasswordPolicy} and the username be free. */
    public Account create(String username, String rawPassword, String displayName, Role role, Long unitId,
            String phone) {
        String name = username.trim();
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw new BusinessRuleException("account.username.taken", name).concerning("username");
        }
        requireStrong(rawPassword, name);
        checkUnit(role, unitId);
        Account created = accounts.save(new Account(name, passwordEncoder.encode(rawPassword), displayName.trim(),
                role, unitId, blankToNull(phone)));
        events.publishEvent(AuditEvents.of("", "ACCOUNT_CREATED", name, "role " + role));
        return created;
    }

    /**
     * An administrator (or security administrator) creates an account. The officers (system, security and audit
     * administrators) are appointed by the security administrator once there is one, and she creates no other
     * accounts; before that the administrator appoints the first (a new installation has only her).
     */
    public Account create(Actor actor, String username, String rawPassword, String displayName, Role role,
            Long unitId, String phone) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SECURITY)) {
            throw new AccessDeniedException("only administrators create accounts");
        }
        if (actor.is(Role.SECURITY) && role != null && !role.isGuardedOfficer()) {
            throw new BusinessRuleException("account.role.officersOnly").concerning("role");
        }
        checkOfficerGrant(actor, null, role);
        return create(username, rawPassword, displayName, role, unitId, phone);
    }

    /** Changes an account's details. {@code expectedVersion} refuses an edit made on a stale form. */
    public Account update(Long id, long expectedVersion, String displayName, Role role, Long unitId, String phone,
            boolean enabled) {
        Account account = get(id);
        if (account.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Account.class, id);
        }
        checkUnit(role, unitId);
        String details = changes(account, displayName.trim(), unitId, blankToNull(phone));
        Role roleBefore = account.getRole();
        boolean enabledBefore = account.isEnabled();
        account.update(displayName.trim(), role, unitId, blankToNull(phone));
        account.setEnabled(enabled);
        if (!details.isEmpty()) {
            events.publishEvent(AuditEvents.of("", "ACCOUNT_CHANGED", account.getUsername(), details));
        }
        if (roleBefore != role) {
            events.publishEvent(AuditEvents.of("", "ROLE_CHANGED", account.getUsername(), roleBefore + " → " + role));
        }
        if (enabledBefore != enabled) {
            events.publishEvent(AuditEvents.of("", enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                    account.getUsername(), null));
        }
        return account;
    }

    /**
     * An administrator changes an account. She may not demote or disable her own account: the
     * application would otherwise be left without anyone who can undo it.
     */
    public Account update(Actor actor, Long id, long expectedVersion, String displayName, Role role, Long unitId,
            String phone, boolean enabled) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SECURITY)) {
            throw new AccessDeniedException("only administrators change accounts");
        }
        Account account = get(id);
        if (actor.is(Role.SECURITY) && !(java.util.Objects.equals(displayName.trim(), account.getDisplayName())
                && java.util.Objects.equals(blankToNull(phone), account.getPhone()))) {
            // names and phone numbers are the system administrator's; the security administrator's are roles
            throw new AccessDeniedException("the security administrator changes roles, not personal details");
        }
        if (id.equals(actor.accountId())) {
            if (role != actor.role()) {
                throw new BusinessRuleException("account.self.demote").concerning("role");
            }
            if (!enabled) {
                throw new BusinessRuleException("account.self.disable").concerning("enabled");
            }
        }
        checkOfficerGrant(actor, account.getRole(), role);
        if (enabled != account.isEnabled() && !mayManageOfficer(actor, account)) {
            throw new BusinessRuleException("account.officer.securityOnly").concerning("enabled");
        }
        return update(id, expectedVersion, displayName, role, unitId, phone, enabled);
    }

    /**
     * The signed-in user changes her own password, proving she knows the current one. A wrong current
     * password counts as a failed sign-in from {@code clientAddress}: a stolen session cannot be used to
     * guess it; once locked, even the right one is refused (with the same message).
     */
    public void changeOwnPassword(Long accountId, String currentPassword, String newPassword, String clientAddress) {
        Account account = get(accountId);
        if (throttle.isLocked(account.getUsername(), clientAddress)) {
            throw new BusinessRuleException("password.current.wrong").concerning("currentPassword");
        }
        if (!matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getUsername(), clientAddress);
            throw new BusinessRuleException("password.current.wrong").concerning("currentPassword");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessRuleException("password.same").concerning("newPassword");
        }
        requireStrong(newPassword, account.getUsername());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.requirePasswordChange(false);
        events.publishEvent(AuditEvents.of(account.getUsername(), "PASSWORD_CHANGED", account.getUsername(), null));
    }

    /**
     * Whether {@code actor} may set a new password for {@code account}: the system administrator for everyone
     * but the officers (once a security administrator exists: resetting an officer's password would let her sign
     * in as that officer), the security administrator for the officers only.
     */
    @Transactional(readOnly = true)
    public boolean mayResetPassword(Actor actor, Account account) {
        if (actor.is(Role.SECURITY)) {
            return account.getRole().isGuardedOfficer();
        }
        return actor.is(Role.ADMIN) && mayManageOfficer(actor, account);
    }

    /** An administrator sets a new password for someone who forgot hers, as {@link #mayResetPassword} allows. */
    public void resetPassword(Actor actor, Long accountId, String newPassword) {
        if (!mayResetPassword(actor, get(accountId))) {
            throw new AccessDeniedException("this password is reset by the security administrator");
        }
        resetPassword(accountId, newPassword);
    }

    /** An administrator sets a new password for someone who forgot hers; also lifts a lock. */
    public void resetPassword(Long accountId, String newPassword) {
        Account account = get(accountId);
        requireStrong(newPassword, account.getUsername());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        throttle.unlock(account.getUsername());
        events.publishEvent(AuditEvents.of("", "PASSWORD_RESET", account.getUsername(), null));
    }

    /** An administrator lifts the account's locks, from every address (the counts start again). */
    public void unlock(Long accountId) {
        String username = get(accountId).getUsername();
        throttle.unlock(username);
        events.publishEvent(AuditEvents.of("", "ACCOUNT_UNLOCKED", username, null));
    }

    /** The account's failed sign-ins and locks over every client address. */
    @Transactional(readOnly = true)
    public SignInState signInState(Account account) {
        return throttle.state(account.getUsername());
    }

    /** Those of the given accounts that are locked from at least one address, by id. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> lockedAmong(List<Account> among) {
        java.util.Set<String> locked = throttle.lockedAmong(among.stream().map(Account::getUsername).toList());
        return among.stream().filter(a -> locked.contains(SignInThrottle.name(a.getUsername())))
                .map(Account::getId).collect(java.util.stream.Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Account get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public Page<Account> search(Role role, String text, Pageable pageable) {
        return accounts.search(role, text == null || text.isBlank() ? null : LikePatterns.escape(text.trim()), pageable);
    }

    /** Accounts of one role, by name: e.g. the leaders a checkpoint can be paired with. */
    @Transactional(readOnly = true)
    public List<Account> withRole(Role role) {
        return accounts.findByRoleOrderByDisplayName(role);
    }

    /** The enabled accounts of one role attached to a unit: e.g. its liaisons, or its head (a leader of the unit). */
    @Transactional(readOnly = true)
    public List<Account> enabledInUnit(Role role, Long unitId) {
        return accounts.findByRoleAndUnitIdAndEnabledTrueOrderById(role, unitId);
    }

    @Transactional(readOnly = true)
    public boolean hasAnyAdministrator() {
        return accounts.countByRole(Role.ADMIN) > 0;
    }

    /**
     * Creates the first account of an officer's role from the environment, only while nobody holds that role; its
     * password must be changed at the first sign-in (it was written in a configuration file). Empty when the role
     * is already held.
     */
    public Optional<Account> bootstrap(Role role, String username, String rawPassword) {
        if (accounts.countByRole(role) > 0) {
            return Optional.empty();
        }
        Account account = create(username, rawPassword, role == Role.ADMIN ? "系统管理员"
                : role == Role.SECURITY ? "安全管理员" : "审计管理员", role, null, null);
        account.requirePasswordChange(true);
        return Optional.of(account);
    }

    /** Whether the account must choose a new password before anything else (see {@link #bootstrap}). */
    @Transactional(readOnly = true)
    public boolean isPasswordChangeRequired(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(Account::isPasswordChangeRequired).orElse(false);
    }

    /** Anyone may act on a non-officer's account; on an officer's, only a security administrator once one exists. */
    private boolean mayManageOfficer(Actor actor, Account account) {
        return !account.getRole().isGuardedOfficer() || actor.is(Role.SECURITY) || accounts.countByRole(Role.SECURITY) == 0;
    }

    /** 三员分立: once there is a security administrator, only she grants or takes away an officer role. */
    private void checkOfficerGrant(Actor actor, Role before, Role after) {
        boolean changesOfficer = before != after
                && (after != null && after.isGuardedOfficer() || before != null && before.isGuardedOfficer());
        if (changesOfficer && !actor.is(Role.SECURITY) && accounts.countByRole(Role.SECURITY) > 0) {
            throw new BusinessRuleException("account.role.securityOnly").concerning("role");
        }
    }

    private void checkUnit(Role role, Long unitId) {
        if (unitId != null && !units.exists(unitId)) {
            throw new BusinessRuleException("account.unit.unknown").concerning("unitId");
        }
        if (role == Role.LIAISON && unitId == null) {
            throw new BusinessRuleException("account.unit.requiredForLiaison").concerning("unitId");
        }
    }

    private static void requireStrong(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            // the input where a new password is typed (the account form's own name for it is mapped there)
            throw new BusinessRuleException(key).concerning("newPassword");
        });
    }

    /** bcrypt refuses passwords over 72 bytes: such a password is simply wrong. */
    private boolean matches(String raw, String hash) {
        try {
            return raw != null && passwordEncoder.matches(raw, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What an edit changes besides role and enabling, before → after, for the audit log. */
    private static String changes(Account account, String displayName, Long unitId, String phone) {
        return org.chuangcheng.shared.Changes.none().field("name", account.getDisplayName(), displayName)
                .field("unit", account.getUnitId(), unitId).field("phone", account.getPhone(), phone).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

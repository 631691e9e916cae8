package org.chuangcheng.security;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production there is no default password: the first system, security and audit administrators (三员) come
 * from the environment ({@code APP_ADMIN_USERNAME}/{@code _PASSWORD}, {@code APP_BOOTSTRAP_SECURITY_OFFICER}/
 * {@code _PASSWORD}, {@code APP_BOOTSTRAP_AUDITOR}/{@code _PASSWORD}), each only while nobody holds that role.
 * The security administrator is created from the environment rather than by the system administrator, so that
 * from the first day no single person holds two of the three duties. Each must change the password at the first
 * sign-in: it was written in a configuration file.
 */
@Slf4j
@Component
@Order(0)
@RequiredArgsConstructor
class OfficerBootstrap implements ApplicationRunner {

    /** Role → the property prefix of its username and password, and the environment variable named in messages. */
    private static final Map<Role, String[]> SOURCES = Map.of(
            Role.ADMIN, new String[] {"app.admin", "APP_ADMIN_USERNAME"},
            Role.SECURITY, new String[] {"app.bootstrap.security-officer", "APP_BOOTSTRAP_SECURITY_OFFICER"},
            Role.AUDITOR, new String[] {"app.bootstrap.auditor", "APP_BOOTSTRAP_AUDITOR"});

    private final AccountManagement accounts;
    private final Environment environment;

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : new Role[] {Role.ADMIN, Role.SECURITY, Role.AUDITOR}) {
            String[] source = SOURCES.get(role);
            create(role, environment.getProperty(source[0] + ".username", ""),
                    environment.getProperty(source[0] + ".password", ""), source[1]);
        }
    }

    void create(Role role, String username, String password, String variable) {
        if (username.isBlank() || password.isBlank()) {
            if (role == Role.ADMIN && !accounts.hasAnyAdministrator()) {
                log.warn("No administrator exists: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        if (PasswordPolicy.violation(password, username).isPresent()) {
            throw new IllegalStateException("The password for " + variable + " does not satisfy the password policy "
                    + "(8 to 64 characters and at most 72 bytes mixing three of upper case, lower case, digits and "
                    + "symbols, not containing the username)");
        }
        try {
            accounts.bootstrap(role, username.trim(), password).ifPresent(account ->
                    log.info("Created the first {} '{}' from {}; the password must be changed at the first sign-in",
                            role, account.getUsername(), variable));
        } catch (BusinessRuleException e) {
            throw new IllegalStateException(variable + " names a username that is already taken: " + username, e);
        }
    }
}

package org.chuangcheng.notification;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.UnitHeads;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who hears of what: a unit's liaisons, its head (the leader's account the office named head of the unit), the
 * office, the leaders. Only enabled accounts.
 */
@Component
@RequiredArgsConstructor
class Recipients {

    /** Background jobs read records as the office does: every unit's. */
    static final Actor SYSTEM = new Actor(null, "system", "system", Role.OFFICE, null);

    private final AccountManagement accounts;
    private final UnitHeads unitHeads;
    private final PreferencesStore preferences;

    /** The recipients by the language they chose for what they receive (Chinese unless they chose), Chinese first. */
    java.util.Map<java.util.Locale, List<Long>> byLanguage(java.util.Collection<Long> ids) {
        java.util.Map<Long, java.util.Locale> chosen = new java.util.HashMap<>();
        preferences.findAllById(ids).forEach(p -> chosen.put(p.getAccountId(), p.locale()));
        java.util.Map<java.util.Locale, List<Long>> groups = new java.util.LinkedHashMap<>();
        groups.put(java.util.Locale.SIMPLIFIED_CHINESE, new java.util.ArrayList<>());
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            groups.computeIfAbsent(chosen.getOrDefault(id, java.util.Locale.SIMPLIFIED_CHINESE),
                    l -> new java.util.ArrayList<>()).add(id);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    List<Long> liaisons(Long unitId) {
        return unitId == null ? List.of() : ids(accounts.enabledInUnit(Role.LIAISON, unitId));
    }

    /** The unit's head, when the office named one (and the account is enabled); else nobody. */
    List<Long> heads(Long unitId) {
        return unitId == null ? List.of() : unitHeads.headOf(unitId).map(List::of).orElse(List.of());
    }

    List<Long> office() {
        return ids(accounts.withRole(Role.OFFICE).stream().filter(Account::isEnabled).toList());
    }

    List<Long> allLiaisons() {
        return ids(accounts.withRole(Role.LIAISON).stream().filter(Account::isEnabled).toList());
    }

    List<Long> leaders() {
        return ids(accounts.withRole(Role.LEADER).stream().filter(Account::isEnabled).toList());
    }

    private static List<Long> ids(List<Account> found) {
        return found.stream().map(Account::getId).toList();
    }
}

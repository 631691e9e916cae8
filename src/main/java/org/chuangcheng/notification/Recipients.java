package org.chuangcheng.notification;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who hears of what: a unit's liaisons, its head (a leader's account attached to the unit), the office, the
 * leaders. Only enabled accounts.
 */
@Component
@RequiredArgsConstructor
class Recipients {

    /** Background jobs read records as the office does: every unit's. */
    static final Actor SYSTEM = new Actor(null, "system", "system", Role.OFFICE, null);

    private final AccountManagement accounts;

    List<Long> liaisons(Long unitId) {
        return unitId == null ? List.of() : ids(accounts.enabledInUnit(Role.LIAISON, unitId));
    }

    List<Long> heads(Long unitId) {
        return unitId == null ? List.of() : ids(accounts.enabledInUnit(Role.LEADER, unitId));
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

package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit's head (单位负责人): an enabled leader's account attached to the unit, named by the office. Apart from
 * {@link UnitManagement} because accounts already depend on the unit directory.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitHeads {

    private final Units units;
    private final AccountManagement accounts;

    /** The head's account id, when one is set and the account is still enabled. */
    @Transactional(readOnly = true)
    public Optional<Long> headOf(Long unitId) {
        return head(unitId).filter(Account::isEnabled).map(Account::getId);
    }

    /** The head's account as the office set it (perhaps disabled since). */
    @Transactional(readOnly = true)
    public Optional<Account> head(Long unitId) {
        return units.findById(unitId).map(Unit::getHeadAccountId).map(accounts::get);
    }

    /** Who may be named head: the enabled leaders' accounts attached to the unit. */
    @Transactional(readOnly = true)
    public List<Account> candidates(Long unitId) {
        return accounts.enabledInUnit(Role.LEADER, unitId);
    }

    /** The office (or an administrator) names the head, or none ({@code accountId} null); a stale form is refused. */
    public Unit assign(Actor actor, Long unitId, long expectedVersion, Long accountId) {
        UnitManagement.requireOfficeOrAdmin(actor);
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        if (unit.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Unit.class, unitId);
        }
        if (accountId != null && candidates(unitId).stream().noneMatch(a -> a.getId().equals(accountId))) {
            throw new BusinessRuleException("unit.head.invalid").concerning("headAccountId");
        }
        unit.setHead(accountId);
        return units.saveAndFlush(unit);
    }
}

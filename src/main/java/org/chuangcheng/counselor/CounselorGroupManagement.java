package org.chuangcheng.counselor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselor groups: the office composes them (counselors, districts, units); security asks which units a
 * counselor's groups cover ({@link CounselorScopeCache}), and confines her to them.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CounselorGroupManagement {

    private final CounselorGroups groups;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final CounselorScopeCache scopes;

    @Transactional(readOnly = true)
    public List<CounselorGroup> list(Actor actor) {
        requireOffice(actor);
        return groups.findAllWithDetails();
    }

    @Transactional(readOnly = true)
    public CounselorGroup get(Actor actor, Long id) {
        requireOffice(actor);
        return groups.findWithDetailsById(id).orElseThrow(() -> new CounselorGroupNotFound(id));
    }

    /** The accounts that may join a group: every counselor, by name. */
    @Transactional(readOnly = true)
    public List<Account> counselors() {
        return accounts.withRole(Role.COUNSELOR);
    }

    /** The display names of the counselors, by account id (for lists). */
    @Transactional(readOnly = true)
    public Map<Long, String> counselorNames() {
        return counselors().stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    public CounselorGroup create(Actor actor, CounselorGroupDetails details) {
        requireOffice(actor);
        CounselorGroup group = new CounselorGroup(details.name().trim());
        apply(group, details);
        scopes.forgetAfterCommit();
        return groups.save(group);
    }

    public CounselorGroup update(Actor actor, Long id, long version, CounselorGroupDetails details) {
        CounselorGroup group = current(actor, id, version);
        apply(group, details);
        scopes.forgetAfterCommit();
        return groups.saveAndFlush(group);
    }

    /** Deletes the group: its counselors lose what it covered at their next page. */
    public void delete(Actor actor, Long id, long version) {
        groups.delete(current(actor, id, version));
        groups.flush();
        scopes.forgetAfterCommit();
    }

    private CounselorGroup current(Actor actor, Long id, long version) {
        CounselorGroup group = get(actor, id);
        if (group.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CounselorGroup.class, id);
        }
        return group;
    }

    private void apply(CounselorGroup group, CounselorGroupDetails d) {
        String name = d.name().trim();
        boolean renamed = group.isNew() || !group.getName().equalsIgnoreCase(name);
        if (renamed && groups.existsByNameIgnoreCase(name)) {
            throw new BusinessRuleException("counselor.group.name.taken", name).concerning("name");
        }
        Set<Long> members = new HashSet<>(d.memberIds());
        if (members.isEmpty() || members.size() > CounselorGroup.MAX_MEMBERS) {
            throw new BusinessRuleException("counselor.group.members.count", CounselorGroup.MAX_MEMBERS)
                    .concerning("memberIds");
        }
        Set<Long> counselorIds = counselors().stream().map(Account::getId).collect(Collectors.toSet());
        if (!counselorIds.containsAll(members)) {
            throw new BusinessRuleException("counselor.group.members.notCounselor").concerning("memberIds");
        }
        if (d.districtIds().isEmpty() && d.unitIds().isEmpty()) {
            throw new BusinessRuleException("counselor.group.coverage.required").concerning("districtIds");
        }
        Map<Long, Unit> byId = units.active().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        List<Unit> districts = d.districtIds().stream().distinct().map(byId::get).toList();
        if (districts.stream().anyMatch(u -> u == null || u.getType() != UnitType.DISTRICT)) {
            throw new BusinessRuleException("checkpoint.district.notDistrict").concerning("districtIds");
        }
        List<Unit> covered = d.unitIds().stream().distinct().map(byId::get).toList();
        if (covered.contains(null)) {
            throw new BusinessRuleException("counselor.group.unit.unknown").concerning("unitIds");
        }
        group.change(name, members, districts, covered);
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("counselor.group.notPermitted");
        }
    }
}

package org.chuangcheng.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Changes;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work groups: set up by the office, read by everyone. */
@Service
@Transactional
@RequiredArgsConstructor
public class WorkGroupManagement {

    private final WorkGroups groups;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final WorkGroupAliases aliases;
    private final ApplicationEventPublisher events;

    public WorkGroup create(String name, Long headLeaderId, Long leadUnitId, String duties) {
        if (groups.existsByNameIgnoreCase(name.trim())) {
            throw new BusinessRuleException("workGroup.name.taken", name.trim()).concerning("name");
        }
        WorkGroup group = groups.save(new WorkGroup(name.trim(), leader(headLeaderId), units.get(leadUnitId),
                blankToNull(duties)));
        events.publishEvent(AuditEvents.of("", "WORK_GROUP_CREATED", target(group), Changes.describe(state(group))));
        return group;
    }

    public WorkGroup update(Long id, long expectedVersion, String name, Long headLeaderId, Long leadUnitId,
            String duties) {
        WorkGroup group = get(id);
        if (group.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(WorkGroup.class, id);
        }
        String trimmed = name.trim();
        if (!group.getName().equalsIgnoreCase(trimmed) && groups.existsByNameIgnoreCase(trimmed)) {
            throw new BusinessRuleException("workGroup.name.taken", trimmed).concerning("name");
        }
        Map<String, Object> before = state(group);
        group.change(trimmed, leader(headLeaderId), units.get(leadUnitId), blankToNull(duties));
        Changes changes = Changes.between(before, state(group));
        if (!changes.isEmpty()) {
            events.publishEvent(AuditEvents.of("", "WORK_GROUP_CHANGED", target(group), changes.toString()));
        }
        return group;
    }

    @Transactional(readOnly = true)
    public WorkGroup get(Long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("work group", id));
    }

    @Transactional(readOnly = true)
    public List<WorkGroup> all() {
        return groups.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<WorkGroup> findByName(String name) {
        return name == null ? Optional.empty() : groups.findByName(name.trim());
    }

    /** The other names files used for work groups, as the office taught them: alias → group. */
    @Transactional(readOnly = true)
    public Map<String, WorkGroup> aliases() {
        Map<String, WorkGroup> result = new LinkedHashMap<>();
        aliases.findAllBy().forEach(a -> result.put(a.getAlias(), a.getWorkGroup()));
        return result;
    }

    /** The names taught for work groups, alphabetically. */
    @Transactional(readOnly = true)
    public List<TaughtAlias> taughtAliases(Actor actor) {
        UnitManagement.requireOfficeOrAdmin(actor);
        return aliases.findAllBy().stream().map(a -> new TaughtAlias(a.getId(), a.getAlias(), a.getWorkGroup().getName(),
                a.getCreatedAt())).sorted(java.util.Comparator.comparing(TaughtAlias::alias)).toList();
    }

    /** Forgets a taught name for a work group (see {@link UnitManagement#forgetAlias}). */
    public void forgetAlias(Actor actor, Long aliasId) {
        UnitManagement.requireOfficeOrAdmin(actor);
        aliases.delete(aliases.findById(aliasId)
                .orElseThrow(() -> new org.chuangcheng.shared.NotFoundException("work group alias", aliasId)));
    }

    /** Remembers that a file's name for a work group means this group (see {@link UnitManagement#rememberAlias}). */
    public void rememberAlias(Actor actor, String alias, Long groupId) {
        UnitManagement.requireOfficeOrAdmin(actor);
        String name = alias == null ? "" : alias.trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new BusinessRuleException("unit.alias.invalid").concerning("alias");
        }
        WorkGroup group = get(groupId);
        if (groups.existsByNameIgnoreCase(name)) {
            throw new BusinessRuleException("unit.alias.isName", name).concerning("alias");
        }
        aliases.findByAliasIgnoreCase(name).ifPresent(a -> {
            aliases.delete(a);
            aliases.flush();
        });
        aliases.save(new WorkGroupAlias(name, group));
    }

    /** The office enters a work group a file named, run by the lead unit it chooses (from the import's preview). */
    public WorkGroup create(Actor actor, String name, Long leadUnitId) {
        UnitManagement.requireOfficeOrAdmin(actor);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new BusinessRuleException("unit.alias.invalid").concerning("name");
        }
        if (leadUnitId == null) {
            throw new BusinessRuleException("workGroup.leadUnit.required").concerning("leadUnitId");
        }
        return create(trimmed, null, leadUnitId, null);
    }

    private Account leader(Long accountId) {
        if (accountId == null) {
            return null;
        }
        Account account = accounts.get(accountId);
        if (account.getRole() != Role.LEADER) {
            throw new BusinessRuleException("workGroup.headLeader.notLeader").concerning("headLeaderId");
        }
        return account;
    }

    /** What the audit log shows of a work group, before and after an edit. */
    private static Map<String, Object> state(WorkGroup group) {
        Map<String, Object> state = Changes.snapshot();
        state.put("name", group.getName());
        state.put("headLeader", group.getHeadLeader() == null ? null : group.getHeadLeader().getUsername());
        state.put("leadUnit", group.getLeadUnit().getName());
        state.put("duties", group.getDuties());
        return state;
    }

    private static String target(WorkGroup group) {
        return "work group #" + group.getId() + " " + group.getName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

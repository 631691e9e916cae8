package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.Role;
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

    public WorkGroup create(String name, Long headLeaderId, Long leadUnitId, String duties) {
        if (groups.existsByNameIgnoreCase(name.trim())) {
            throw new BusinessRuleException("workGroup.name.taken", name.trim());
        }
        return groups.save(new WorkGroup(name.trim(), leader(headLeaderId), units.get(leadUnitId), blankToNull(duties)));
    }

    public WorkGroup update(Long id, long expectedVersion, String name, Long headLeaderId, Long leadUnitId,
            String duties) {
        WorkGroup group = get(id);
        if (group.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(WorkGroup.class, id);
        }
        String trimmed = name.trim();
        if (!group.getName().equalsIgnoreCase(trimmed) && groups.existsByNameIgnoreCase(trimmed)) {
            throw new BusinessRuleException("workGroup.name.taken", trimmed);
        }
        group.change(trimmed, leader(headLeaderId), units.get(leadUnitId), blankToNull(duties));
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

    private Account leader(Long accountId) {
        if (accountId == null) {
            return null;
        }
        Account account = accounts.get(accountId);
        if (account.getRole() != Role.LEADER) {
            throw new BusinessRuleException("workGroup.headLeader.notLeader");
        }
        return account;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

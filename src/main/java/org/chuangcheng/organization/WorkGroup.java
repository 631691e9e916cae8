package org.chuangcheng.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.shared.AbstractEntity;

/** A work group (工作组), e.g. 市场环境组: headed by a leader, run by a lead unit. */
@Entity
@Table(name = "work_groups")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class WorkGroup extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_leader_id")
    private Account headLeader;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id", nullable = false)
    private Unit leadUnit;

    @Column(length = 1000)
    private String duties;

    public WorkGroup(String name, Account headLeader, Unit leadUnit, String duties) {
        change(name, headLeader, leadUnit, duties);
    }

    void change(String name, Account headLeader, Unit leadUnit, String duties) {
        this.name = name;
        this.headLeader = headLeader;
        this.leadUnit = leadUnit;
        this.duties = duties;
    }
}

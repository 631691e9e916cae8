package org.chuangcheng.problem;

import java.util.EnumSet;
import java.util.Set;

/** A problem's life cycle (DOMAIN.md): 待整改 → 待复查 → 已销号, or → 已退回 → 待复查 …; 已作废 ends it early. */
public enum ProblemStatus {
    ASSIGNED, SUBMITTED, RETURNED, CLOSED, CANCELLED;

    /** The states in which the unit or the office still has something to do. */
    public static final Set<ProblemStatus> OPEN = EnumSet.of(ASSIGNED, SUBMITTED, RETURNED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "problem.status." + name();
    }
}

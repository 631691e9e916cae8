package org.chuangcheng.problem;

import java.time.LocalDate;

/** 转办: the office handed an open problem from one unit to another. */
public record ProblemReassigned(Long problemId, Long fromUnitId, Long toUnitId, Long checkpointId,
        LocalDate reassignedOn) {
}

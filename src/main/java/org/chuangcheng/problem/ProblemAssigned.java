package org.chuangcheng.problem;

import java.time.LocalDate;

/** 交办: a problem was handed to a unit ({@code inspectionId} null when it was not found by an inspection). */
public record ProblemAssigned(Long problemId, Long unitId, Long checkpointId, Long inspectionId, LocalDate assignedOn,
        LocalDate deadline) {
}

package org.chuangcheng.problem;

import java.time.Instant;

/** 作废: the office voided an open problem; it no longer counts anywhere. */
public record ProblemCancelled(Long problemId, Long unitId, Long checkpointId, Long inspectionId,
        Instant cancelledAt) {
}

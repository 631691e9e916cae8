package org.chuangcheng.problem;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 销号: the office accepted the evidence. On time when the accepted evidence was submitted on or before
 * the deadline (a problem without a deadline is never on time).
 */
public record ProblemClosed(Long problemId, Long unitId, Long checkpointId, Long inspectionId, LocalDate deadline,
        LocalDate acceptedSubmittedOn, Instant closedAt, boolean onTime) {
}

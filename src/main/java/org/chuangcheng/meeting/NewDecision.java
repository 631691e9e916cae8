package org.chuangcheng.meeting;

import java.time.LocalDate;
import org.chuangcheng.problem.ProblemSeverity;

/**
 * A decision: a task for the unit, or, when a checkpoint is named, a problem there (of the given class, whose
 * working days cap the deadline).
 */
public record NewDecision(String text, Long unitId, LocalDate deadline, Long checkpointId, ProblemSeverity severity) {
}

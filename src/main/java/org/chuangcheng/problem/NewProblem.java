package org.chuangcheng.problem;

import java.time.LocalDate;

/**
 * A free-form problem as an inspector or the office enters it. Unit and deadline are optional: the
 * checkpoint's unit and the class's default deadline are used when they are missing. The standard is
 * set when the problem is a failed item of a checklist.
 */
public record NewProblem(Long checkpointId, Long inspectionId, Long standardId, String description, ProblemSeverity severity,
        Long unitId, LocalDate deadline) {
}

package org.chuangcheng.inspection;

import java.time.LocalDate;

/**
 * A free-form problem as an inspector or the office enters it. Unit and deadline are optional: the
 * checkpoint's unit and the class's default deadline are used when they are missing.
 */
public record NewProblem(Long checkpointId, Long inspectionId, String description, ProblemSeverity severity,
        Long unitId, LocalDate deadline) {
}

package org.chuangcheng.problem;

import java.time.LocalDate;

/**
 * A free-form problem as an inspector or the office enters it. Unit and deadline are optional: the
 * checkpoint's unit and the class's default deadline are used when they are missing. The standard is
 * set when the problem is a failed item of a checklist. The origin, when not given, follows from the
 * inspection: found by one, or entered by the office.
 */
public record NewProblem(Long checkpointId, Long inspectionId, Long standardId, String description, ProblemSeverity severity,
        Long unitId, LocalDate deadline, ProblemOrigin origin) {

    public NewProblem(Long checkpointId, Long inspectionId, Long standardId, String description,
            ProblemSeverity severity, Long unitId, LocalDate deadline) {
        this(checkpointId, inspectionId, standardId, description, severity, unitId, deadline, null);
    }

    ProblemOrigin originOrDefault() {
        if (origin != null) {
            return origin;
        }
        return inspectionId == null ? ProblemOrigin.MANUAL : ProblemOrigin.INSPECTION;
    }
}

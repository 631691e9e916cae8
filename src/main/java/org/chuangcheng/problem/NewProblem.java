package org.chuangcheng.problem;

import java.time.LocalDate;

/**
 * A free-form problem as an inspector, the office, a leader on a visit or a meeting enters it. Unit and
 * deadline are optional: the checkpoint's unit and the class's default deadline are used when they are
 * missing. The standard is set when the problem is a failed item of a checklist. Without an origin, a
 * problem with an inspection comes from it and one without from the office.
 */
public record NewProblem(Long checkpointId, Long inspectionId, Long standardId, String description, ProblemSeverity severity,
        Long unitId, LocalDate deadline, ProblemOrigin origin) {

    public NewProblem(Long checkpointId, Long inspectionId, Long standardId, String description,
            ProblemSeverity severity, Long unitId, LocalDate deadline) {
        this(checkpointId, inspectionId, standardId, description, severity, unitId, deadline, null);
    }

    /** The origin given, or the one implied by an inspection. */
    ProblemOrigin effectiveOrigin() {
        if (origin != null) {
            return origin;
        }
        return inspectionId == null ? ProblemOrigin.MANUAL : ProblemOrigin.INSPECTION;
    }
}

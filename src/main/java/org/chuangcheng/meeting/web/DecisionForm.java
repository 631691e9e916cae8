package org.chuangcheng.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.meeting.NewDecision;
import org.chuangcheng.problem.ProblemSeverity;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision added on the meeting's page. */
@Getter
@Setter
class DecisionForm {

    private long version;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 1000, message = "{validation.maxSize}")
    private String text;

    @NotNull(message = "{meeting.decision.unit.required}")
    private Long unitId;

    @NotNull(message = "{meeting.decision.deadline.invalid}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private Long checkpointId;

    private ProblemSeverity severity = ProblemSeverity.MAJOR;

    NewDecision toDecision() {
        return new NewDecision(text, unitId, deadline, checkpointId, severity);
    }
}

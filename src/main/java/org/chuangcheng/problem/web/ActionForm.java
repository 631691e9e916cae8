package org.chuangcheng.problem.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's verdicts and interventions on one problem (close, return, reassign, extend, cancel).
 * Which fields are required depends on the step; the model says so (e.g. a reason for a return).
 */
@Getter
@Setter
class ActionForm {

    private long version;

    @Size(max = 1000, message = "{validation.maxSize}")
    private String reason;

    private Long unitId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
}

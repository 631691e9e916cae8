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

    /** One of the office's standard return reasons, completed by {@link #reason} when that is filled in. */
    @Size(max = 200, message = "{validation.maxSize}")
    private String standardReason;

    /** Go on to the next problem of the verification queue after this decision. */
    private boolean next;

    /** The reason for a return: the standard one picked, the free text, or both. */
    String returnReason() {
        String picked = standardReason == null ? "" : standardReason.trim();
        String typed = reason == null ? "" : reason.trim();
        if (picked.isEmpty() || typed.isEmpty()) {
            return picked.isEmpty() ? typed : picked;
        }
        String combined = picked + "；" + typed;
        return combined.length() > 1000 ? combined.substring(0, 1000) : combined;
    }
}

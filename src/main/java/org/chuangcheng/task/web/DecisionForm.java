package org.chuangcheng.task.web;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A step with an optional comment (a reason where the step needs one): ask, close, return. */
@Getter
@Setter
class DecisionForm {

    private long version;

    @Size(max = 2000, message = "{validation.maxSize}")
    private String comment;

    /** Closing: the office confirmed closing although the quantity done falls short of the target. */
    private boolean belowTargetConfirmed;
}

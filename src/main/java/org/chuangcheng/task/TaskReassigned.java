package org.chuangcheng.task;

import java.time.LocalDate;

/** 限期办结: an overdue task went from one lead unit to another, with a new deadline. */
public record TaskReassigned(Long taskId, Long fromUnitId, Long toUnitId, LocalDate oldDeadline,
        LocalDate newDeadline) {
}

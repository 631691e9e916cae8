package org.chuangcheng.task;

import java.time.LocalDate;

/** The office did not accept the work: the task is back with its lead unit. */
public record TaskReturned(Long taskId, Long leadUnitId, LocalDate deadline) {
}

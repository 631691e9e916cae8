package org.chuangcheng.task;

import java.time.LocalDate;

/** 逐项销号, second half: the office accepted the work and closed the task; on time when asked by the deadline. */
public record TaskAccepted(Long taskId, Long leadUnitId, LocalDate closedOn, LocalDate deadline, boolean onTime) {
}

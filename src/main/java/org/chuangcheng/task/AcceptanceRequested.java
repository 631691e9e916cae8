package org.chuangcheng.task;

import java.time.LocalDate;

/** 逐项销号, first half: the lead unit says the task is done and asks the office to accept it. */
public record AcceptanceRequested(Long taskId, Long leadUnitId, LocalDate requestedOn, LocalDate deadline) {
}

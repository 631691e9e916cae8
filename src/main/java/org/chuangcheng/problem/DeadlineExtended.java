package org.chuangcheng.problem;

import java.time.LocalDate;

/** 延期: an open problem got a later deadline ({@code oldDeadline} null when it had none before). */
public record DeadlineExtended(Long problemId, Long unitId, LocalDate oldDeadline, LocalDate newDeadline) {
}

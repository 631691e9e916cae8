package org.chuangcheng.task;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 信息报送: a unit reported progress on a task ({@code quantityDone} null when it reported none). */
public record ProgressReported(Long taskId, Long unitId, LocalDate reportedOn, BigDecimal quantityDone) {
}

package org.chuangcheng.task;

import java.math.BigDecimal;

/** One unit's own figure towards a task's quantity ({@code quantity} null when it has reported none). */
public record Contribution(Long unitId, String unitLabel, boolean lead, BigDecimal quantity) {
}

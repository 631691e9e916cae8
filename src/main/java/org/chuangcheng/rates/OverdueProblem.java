package org.chuangcheng.rates;

import java.time.LocalDate;

/** One overdue problem (逾期) for the dashboard's list, oldest deadline first. */
public record OverdueProblem(long id, String description, String unitName, String checkpointName, LocalDate deadline,
        long daysOverdue) {
}

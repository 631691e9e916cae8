package org.chuangcheng.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything needed to create a task, by reference ids; validated by {@link TaskManagement#create}. */
public record TaskDetails(String book, String code, String title, String content, Long indicatorId,
        Long workGroupId, Long leadUnitId, List<Long> coUnitIds, LocalDate startDate, LocalDate deadline,
        BigDecimal targetQuantity, String measure, TaskPriority priority) {
}

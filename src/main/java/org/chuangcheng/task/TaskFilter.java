package org.chuangcheng.task;

import java.time.LocalDate;

/**
 * What a task list or board is narrowed to; every field is optional.
 *
 * @param unitId      tasks the unit leads or helps with
 * @param leadUnitId  tasks the unit leads (as completion by unit counts them)
 * @param districtId  tasks led by the district or a unit under it (street, community)
 * @param periodFrom  with {@code periodTo}: tasks whose deadline fell in the period or that were closed in
 *                    it (the denominator of 任务完成率), so that every figure links to its tasks
 * @param closedOnly  only closed tasks (the numerator of the figure)
 * @param book        only the tasks of one task book
 */
public record TaskFilter(String text, TaskStatus status, Long unitId, Long leadUnitId, Long districtId, Long workGroupId,
        boolean overdue, boolean stale, LocalDate periodFrom, LocalDate periodTo, boolean closedOnly, String book) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, false, false, null, null, false, null);
    }

    public static TaskFilter ofUnit(Long unitId) {
        return new TaskFilter(null, null, unitId, null, null, null, false, false, null, null, false, null);
    }
}

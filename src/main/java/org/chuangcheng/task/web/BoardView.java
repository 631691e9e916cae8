package org.chuangcheng.task.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskStatus;

/** 挂图作战: the tasks laid out by work group × status and by deadline month. */
record BoardView(List<GroupRow> groups, Map<YearMonth, List<Task>> months, Map<TaskStatus, Integer> totals,
        int overdue, int stale) {

    /** One work group's row: its tasks per status (the group is null for tasks without one). */
    record GroupRow(WorkGroup group, Map<TaskStatus, List<Task>> cells, int count) {
    }

    static BoardView of(List<Task> tasks, List<WorkGroup> allGroups, LocalDate today, int staleDays) {
        Map<Long, Map<TaskStatus, List<Task>>> byGroup = new LinkedHashMap<>();
        Map<YearMonth, List<Task>> months = new TreeMap<>();
        Map<TaskStatus, Integer> totals = new EnumMap<>(TaskStatus.class);
        int overdue = 0;
        int stale = 0;
        for (TaskStatus s : TaskStatus.values()) {
            totals.put(s, 0);
        }
        for (Task task : tasks) {
            Long key = task.getWorkGroup() == null ? null : task.getWorkGroup().getId();
            byGroup.computeIfAbsent(key, k -> emptyCells()).get(task.getStatus()).add(task);
            months.computeIfAbsent(YearMonth.from(task.getDeadline()), m -> new ArrayList<>()).add(task);
            totals.merge(task.getStatus(), 1, Integer::sum);
            overdue += task.isOverdue(today) ? 1 : 0;
            stale += task.isStale(today, staleDays) ? 1 : 0;
        }
        List<GroupRow> rows = new ArrayList<>();
        for (WorkGroup group : allGroups) {
            Map<TaskStatus, List<Task>> cells = byGroup.get(group.getId());
            if (cells != null) {
                rows.add(new GroupRow(group, cells, cells.values().stream().mapToInt(List::size).sum()));
            }
        }
        Map<TaskStatus, List<Task>> none = byGroup.get(null);
        if (none != null) {
            rows.add(new GroupRow(null, none, none.values().stream().mapToInt(List::size).sum()));
        }
        return new BoardView(rows, months, totals, overdue, stale);
    }

    private static Map<TaskStatus, List<Task>> emptyCells() {
        Map<TaskStatus, List<Task>> cells = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            cells.put(s, new ArrayList<>());
        }
        return cells;
    }
}

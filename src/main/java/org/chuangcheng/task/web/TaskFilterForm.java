package org.chuangcheng.task.web;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The task list's GET filter; field names are the query parameters. */
@Getter
@Setter
class TaskFilterForm {

    private String q;
    private TaskStatus status;
    private Long unitId;
    private Long leadUnitId;
    private Long districtId;
    private Long workGroupId;
    private boolean overdue;
    private boolean stale;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private boolean closed;
    private String book;

    /** The filter as the actor may use it: a unit outside her reach is ignored. */
    TaskFilter toFilter(org.chuangcheng.shared.Actor actor) {
        boolean period = from != null && to != null && !to.isBefore(from);
        return new TaskFilter(q, status, actor.reachableUnit(unitId), actor.reachableUnit(leadUnitId), districtId, workGroupId, overdue, stale, period ? from : null,
                period ? to : null, closed, book);
    }
}

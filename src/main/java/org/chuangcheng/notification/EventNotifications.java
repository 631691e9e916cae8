package org.chuangcheng.notification;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.DeadlineExtended;
import org.chuangcheng.problem.ProblemAssigned;
import org.chuangcheng.problem.ProblemClosed;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemReassigned;
import org.chuangcheng.problem.ProblemReturned;
import org.chuangcheng.problem.RectificationSubmitted;
import org.chuangcheng.task.AcceptanceRequested;
import org.chuangcheng.task.TaskAccepted;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskReassigned;
import org.chuangcheng.task.TaskReturned;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of the steps of the rectification loop and the task book as the problem and task features
 * announce them. Each listener runs after the step committed, in its own transaction, and is retried until
 * it completes; the notifications' keys (record, kind, day or deadline) make a retried event send nothing twice.
 */
@Component
@RequiredArgsConstructor
class EventNotifications {

    private final Notifier notifier;
    private final Recipients recipients;
    private final ProblemManagement problems;
    private final TaskManagement tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @ApplicationModuleListener
    void on(ProblemAssigned event) {
        notifier.send(recipients.liaisons(event.unitId()), Notice.of(NotificationKind.PROBLEM_ASSIGNED,
                event.problemId(), event.unitId(), problemSubject(event.problemId()), event.deadline()));
    }

    @ApplicationModuleListener
    void on(ProblemReturned event) {
        notifier.send(recipients.liaisons(event.unitId()), Notice.of(NotificationKind.PROBLEM_RETURNED,
                event.problemId(), event.returnedOn(), problemSubject(event.problemId()), deadlineOf(event.problemId())));
    }

    @ApplicationModuleListener
    void on(RectificationSubmitted event) {
        notifier.send(recipients.office(), Notice.of(NotificationKind.EVIDENCE_SUBMITTED, event.problemId(),
                event.submittedOn(), problemSubject(event.problemId()), event.deadline()));
    }

    @ApplicationModuleListener
    void on(ProblemReassigned event) {
        String subject = problemSubject(event.problemId());
        notifier.send(recipients.liaisons(event.toUnitId()), Notice.of(NotificationKind.PROBLEM_ASSIGNED,
                event.problemId(), event.toUnitId(), subject, deadlineOf(event.problemId())));
        notifier.send(recipients.liaisons(event.fromUnitId()), Notice.of(NotificationKind.PROBLEM_REASSIGNED_AWAY,
                event.problemId(), event.reassignedOn() + ":" + event.toUnitId(), subject, null));
    }

    @ApplicationModuleListener
    void on(DeadlineExtended event) {
        notifier.send(recipients.liaisons(event.unitId()), Notice.of(NotificationKind.DEADLINE_EXTENDED,
                event.problemId(), event.newDeadline(), problemSubject(event.problemId()), event.newDeadline()));
    }

    /** Remembered for the digests' "closed" column, and told to the unit. */
    @ApplicationModuleListener
    void on(ProblemClosed event) {
        jdbc.update("""
                insert into notification_closures (problem_id, unit_id, closed_on) values (?, ?, ?)
                on conflict (problem_id) do update set unit_id = excluded.unit_id, closed_on = excluded.closed_on
                """, event.problemId(), event.unitId(), Date.valueOf(LocalDate.ofInstant(event.closedAt(), clock.getZone())));
        notifier.send(recipients.liaisons(event.unitId()), Notice.of(NotificationKind.PROBLEM_CLOSED,
                event.problemId(), 0, problemSubject(event.problemId()), null));
    }

    @ApplicationModuleListener
    void on(TaskReassigned event) {
        String subject = taskSubject(event.taskId());
        notifier.send(recipients.liaisons(event.toUnitId()), Notice.of(NotificationKind.TASK_ASSIGNED,
                event.taskId(), event.toUnitId(), subject, event.newDeadline()));
        notifier.send(recipients.liaisons(event.fromUnitId()), Notice.of(NotificationKind.TASK_REASSIGNED_AWAY,
                event.taskId(), event.toUnitId(), subject, null));
    }

    @ApplicationModuleListener
    void on(AcceptanceRequested event) {
        notifier.send(recipients.office(), Notice.of(NotificationKind.TASK_ACCEPTANCE_REQUESTED, event.taskId(),
                event.requestedOn(), taskSubject(event.taskId()), event.deadline()));
    }

    @ApplicationModuleListener
    void on(TaskAccepted event) {
        notifier.send(recipients.liaisons(event.leadUnitId()), Notice.of(NotificationKind.TASK_ACCEPTED,
                event.taskId(), event.closedOn(), taskSubject(event.taskId()), null));
    }

    @ApplicationModuleListener
    void on(TaskReturned event) {
        notifier.send(recipients.liaisons(event.leadUnitId()), Notice.of(NotificationKind.TASK_RETURNED,
                event.taskId(), tasks.today(), taskSubject(event.taskId()), event.deadline()));
    }

    private String problemSubject(Long problemId) {
        return problems.get(Recipients.SYSTEM, problemId).getDescription();
    }

    private LocalDate deadlineOf(Long problemId) {
        return problems.get(Recipients.SYSTEM, problemId).getDeadline();
    }

    private String taskSubject(Long taskId) {
        return tasks.get(Recipients.SYSTEM, taskId).getTitle();
    }

}

package org.chuangcheng.notification;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.problem.ProblemStatus;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders of one day: a deadline near, a deadline passed and the escalation ladder for every open problem,
 * tasks without a progress report, the month about to close, and the daily and weekly digests. Safe to run any
 * number of times a day, on any number of instances: each notification's key (recipient, record, kind, deadline
 * or day) lets it be written once. Runs on working days only; the ladder counts working days.
 */
@Component
@RequiredArgsConstructor
class ReminderRun {

    static final int PAGE = 500;

    private final ProblemManagement problems;
    private final TaskManagement tasks;
    private final WorkingDayCalendar calendar;
    private final EscalationSettingsStore settingsStore;
    private final Recipients recipients;
    private final Notifier notifier;
    private final Digests digests;
    private final TransactionTemplate transactions;

    /** Sends what is due on {@code today}; returns the number of new notifications. */
    int run(LocalDate today) {
        ReminderRules rules = new ReminderRules(calendar::isWorkingDay);
        if (!rules.isWorkingDay(today)) {
            return 0;
        }
        EscalationSettings ladder = settingsStore.current();
        Map<Long, Digests.UnitDigest> perUnit = new LinkedHashMap<>();
        int sent = 0;
        for (int page = 0; ; page++) {
            int number = page;
            Integer[] pageSent = {0};
            boolean more = Boolean.TRUE.equals(transactions.execute(status -> {
                Page<Problem> open = problems.search(Recipients.SYSTEM, ProblemFilter.of(ProblemScope.OPEN),
                        PageRequest.of(number, PAGE, Sort.by("id")));
                for (Problem problem : open) {
                    pageSent[0] += remind(problem, today, rules, ladder, perUnit);
                }
                return open.hasNext();
            }));
            sent += pageSent[0];
            if (!more) {
                break;
            }
        }
        sent += remindSilentTasks();
        if (rules.isMonthClosing(today, ladder.getMonthClosingDays())) {
            sent += notifier.send(recipients.allLiaisons(), new Notice(NotificationKind.MONTH_CLOSING, null,
                    java.time.YearMonth.from(today).toString(), java.time.YearMonth.from(today).toString(),
                    java.time.YearMonth.from(today).atEndOfMonth(), null, null));
        }
        sent += digests.sendDaily(today, rules, perUnit);
        if (rules.isFirstWorkingDayOfWeek(today)) {
            sent += digests.sendWeekly(today, perUnit, today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return sent;
    }

    private int remind(Problem problem, LocalDate today, ReminderRules rules, EscalationSettings ladder,
            Map<Long, Digests.UnitDigest> perUnit) {
        LocalDate deadline = problem.getDeadline();
        Long unitId = problem.getResponsibleUnit().getId();
        // evidence waiting for the office: the unit has answered, the office's queue is its own reminder
        if (deadline == null || problem.getStatus() == ProblemStatus.SUBMITTED) {
            return 0;
        }
        Digests.UnitDigest digest = perUnit.computeIfAbsent(unitId,
                id -> new Digests.UnitDigest(id, problem.getResponsibleUnit().getLabel()));
        String subject = problem.getDescription();
        int sent = 0;
        if (rules.isDueSoon(deadline, today, ladder.getDueSoonDays())) {
            digest.dueSoon().add(new Digests.Line(problem.getId(), subject, deadline, 0));
            sent += notifier.send(recipients.liaisons(unitId),
                    Notice.of(NotificationKind.DEADLINE_SOON, problem.getId(), deadline, subject, deadline));
        }
        if (today.isAfter(deadline)) {
            int overdue = rules.workingDaysOverdue(deadline, today);
            digest.overdue().add(new Digests.Line(problem.getId(), subject, deadline, overdue));
            sent += notifier.send(recipients.liaisons(unitId),
                    Notice.of(NotificationKind.DEADLINE_PASSED, problem.getId(), deadline, subject, deadline));
            for (ReminderRules.Rung rung : rules.rungsReached(deadline, today, ladder)) {
                sent += notifier.send(audience(rung.kind(), problem), new Notice(rung.kind(), problem.getId(),
                        deadline.toString(), subject, deadline, overdue, null));
            }
        }
        return sent;
    }

    private List<Long> audience(NotificationKind rung, Problem problem) {
        Long unitId = problem.getResponsibleUnit().getId();
        return switch (rung) {
            case OVERDUE_LIAISON -> recipients.liaisons(unitId);
            // a unit without a named head: the office hears of it at this rung, so that the step is not lost
            case OVERDUE_HEAD -> {
                List<Long> heads = recipients.heads(unitId);
                yield heads.isEmpty() ? recipients.office() : heads;
            }
            default -> {
                List<Long> office = new ArrayList<>(recipients.office());
                if (problem.getCheckpoint().getPairedLeader() != null) {
                    office.add(problem.getCheckpoint().getPairedLeader().getId());
                }
                yield office;
            }
        };
    }

    /** 未报送: once per silence (keyed by the last report, or the start when there was none). */
    private int remindSilentTasks() {
        TaskFilter stale = new TaskFilter(null, null, null, null, null, null, false, true, null, null, false, null);
        int sent = 0;
        for (Task task : tasks.searchAll(Recipients.SYSTEM, stale)) {
            Object since = task.getLastReportOn() != null ? task.getLastReportOn() : task.getStartDate();
            sent += notifier.send(recipients.liaisons(task.getLeadUnit().getId()), Notice.of(NotificationKind.TASK_SILENT,
                    task.getId(), since, task.getTitle(), task.getDeadline()));
        }
        return sent;
    }
}

package org.chuangcheng.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.problem.ProblemStatus;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskDetails;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskPriority;
import org.chuangcheng.task.TaskStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings. The office and administrators record them and their decisions; everyone signed in reads them.
 * A decision becomes a task (through the task feature) or, at a checkpoint, a problem (through the problem
 * feature, origin MEETING) in the same transaction. A liaison sees only her unit's decisions and absences.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MeetingManagement {

    /** The task book that meetings' decisions are filed in; each decision's code is M<meeting>-<n>. */
    static final String DECISIONS_BOOK = "会议决定";

    private final Meetings meetings;
    private final UnitManagement units;
    private final TaskManagement tasks;
    private final ProblemManagement problems;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Meeting> search(MeetingKind kind, Year year, Pageable pageable) {
        LocalDate from = year == null ? LocalDate.of(2000, 1, 1) : year.atDay(1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : year.atMonth(12).atEndOfMonth();
        Page<Meeting> page = meetings.search(kind, from, to, pageable);
        page.forEach(m -> m.getAttendance().size());
        return page;
    }

    @Transactional(readOnly = true)
    public Meeting get(Long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new MeetingNotFound(id));
        meeting.getAttendance().size();
        meeting.getDecisions().forEach(d -> d.getUnit().getLabel());
        return meeting;
    }

    public Meeting record(Actor actor, MeetingDetails details) {
        requireOffice(actor);
        Meeting meeting = new Meeting(actor.accountId());
        apply(meeting, details);
        return meetings.save(meeting);
    }

    public Meeting update(Actor actor, Long id, long version, MeetingDetails details) {
        requireOffice(actor);
        Meeting meeting = get(id);
        if (meeting.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, id);
        }
        apply(meeting, details);
        return meetings.saveAndFlush(meeting);
    }

    /** Records a decision and hands it to its unit as a task, or as a problem at the checkpoint named. */
    public MeetingDecision decide(Actor actor, Long meetingId, long version, NewDecision d) {
        requireOffice(actor);
        Meeting meeting = get(meetingId);
        if (meeting.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, meetingId);
        }
        if (d.text() == null || d.text().isBlank()) {
            throw new BusinessRuleException("validation.notBlank").concerning("text");
        }
        if (d.unitId() == null) {
            throw new BusinessRuleException("meeting.decision.unit.required").concerning("unitId");
        }
        if (d.deadline() == null || d.deadline().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("meeting.decision.deadline.invalid").concerning("deadline");
        }
        Unit unit = units.get(d.unitId());
        String text = d.text().trim();
        Long taskId = null;
        Long problemId = null;
        if (d.checkpointId() == null) {
            String code = "M" + meeting.getId() + "-" + (meeting.getDecisions().size() + 1);
            Task task = tasks.create(actor, new TaskDetails(DECISIONS_BOOK, code, abbreviate(text, 200), text, null,
                    null, unit.getId(), List.of(), meeting.getHeldOn(), d.deadline(), null, null, TaskPriority.NORMAL));
            taskId = task.getId();
        } else {
            ProblemSeverity severity = d.severity() == null ? ProblemSeverity.MAJOR : d.severity();
            Problem problem = problems.raise(actor, new NewProblem(d.checkpointId(), null, null, text, severity,
                    unit.getId(), d.deadline(), ProblemOrigin.MEETING), List.of());
            problemId = problem.getId();
        }
        MeetingDecision decision = meeting.decide(text, unit, d.deadline(), taskId, problemId);
        meetings.saveAndFlush(meeting);
        return decision;
    }

    /** The meeting's decisions the actor may see, each with the state of its task or problem. */
    @Transactional(readOnly = true)
    public List<DecisionProgress> progress(Actor actor, Long meetingId) {
        Meeting meeting = get(meetingId);
        LocalDate today = LocalDate.now(clock);
        List<DecisionProgress> result = new ArrayList<>();
        for (MeetingDecision d : meeting.getDecisions()) {
            if (!actor.canSeeUnit(d.getUnit().getId())) {
                continue;
            }
            if (d.isTask()) {
                Task task = tasks.get(actor, d.getTaskId());
                boolean closed = task.getStatus() == TaskStatus.CLOSED;
                result.add(new DecisionProgress(d, task.getStatus().messageKey(), closed, task.isOverdue(today)));
            } else {
                Problem problem = problems.get(actor, d.getProblemId());
                boolean closed = !problem.getStatus().isOpen();
                boolean overdue = problem.getStatus().isOpen() && problem.getDeadline() != null
                        && problem.getDeadline().isBefore(today);
                result.add(new DecisionProgress(d, problem.getStatus().messageKey(), closed, overdue));
            }
        }
        return result;
    }

    /** A unit's attendance over a year: meetings it was expected at and how often it was absent. */
    public record AbsenceRow(Long unitId, String unitName, long expected, long absent) {
    }

    /**
     * Absences per unit in the year, most absences first; a liaison gets her unit's row only. The year-end
     * assessment reads this.
     */
    @Transactional(readOnly = true)
    public List<AbsenceRow> absences(Actor actor, Year year) {
        return jdbc.query("""
                select a.unit_id, coalesce(u.short_name, u.name), count(*) as expected,
                       count(*) filter (where not a.present) as absent
                from meeting_attendance a
                join meetings m on m.id = a.meeting_id
                join units u on u.id = a.unit_id
                where m.held_on between :from and :to
                  and (cast(:unitId as bigint) is null or a.unit_id = :unitId)
                group by a.unit_id, u.short_name, u.name
                order by absent desc, 2
                """, new MapSqlParameterSource("from", year.atDay(1)).addValue("to", year.atMonth(12).atEndOfMonth())
                .addValue("unitId", actor.confinedUnitId()),
                (rs, i) -> new AbsenceRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    public static boolean mayRecord(Actor actor) {
        return actor.isOfficeOrAdmin();
    }

    private void apply(Meeting meeting, MeetingDetails d) {
        if (d.heldOn() == null) {
            throw new BusinessRuleException("meeting.heldOn.required").concerning("heldOn");
        }
        for (Long unitId : d.expectedUnitIds()) {
            units.get(unitId);
        }
        for (Long unitId : d.presentUnitIds()) {
            units.get(unitId);
        }
        meeting.record(d.kind(), d.heldOn(), d.title().trim(), d.chair().trim(),
                d.minutes() == null || d.minutes().isBlank() ? null : d.minutes().trim(), d.expectedUnitIds(),
                d.presentUnitIds());
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void requireOffice(Actor actor) {
        if (!mayRecord(actor)) {
            throw new NotPermitted("meeting.notPermitted");
        }
    }
}

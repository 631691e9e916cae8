package org.chuangcheng.rates;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rate fixtures straight into the inspection schema: its own districts, units, categories,
 * standards and checkpoints with unique names, so that counts never depend on the demo data. {@link #delete()}
 * removes them again, so that other tests' counts of units and categories are not disturbed.
 */
public class RateFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final long accountId;
    private final List<Long> units = new ArrayList<>();
    private final List<Long> categories = new ArrayList<>();
    private final List<Long> standards = new ArrayList<>();
    private final List<Long> checkpoints = new ArrayList<>();

    public RateFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.accountId = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
    }

    String uniqueName(String prefix) {
        return prefix + "-" + tag + "-" + SEQUENCE.incrementAndGet();
    }

    public long district(String name) {
        return unit(name, "DISTRICT");
    }

    public long unit(String name) {
        return unit(name, "BUREAU");
    }

    private long unit(String name, String type) {
        String unique = uniqueName(name);
        return track(units, jdbc.queryForObject("insert into units (name, short_name, type) values (?, ?, ?) returning id",
                Long.class, unique, unique, type));
    }

    public String unitName(long id) {
        return jdbc.queryForObject("select coalesce(short_name, name) from units where id = ?", String.class, id);
    }

    public long category(String name) {
        String unique = uniqueName(name);
        return track(categories, jdbc.queryForObject("""
                insert into checkpoint_categories (code, name_zh, name_en, sort_order)
                values (?, ?, ?, 999) returning id""", Long.class, unique, unique, unique));
    }

    public long standard(Long categoryId) {
        String code = "R" + tag + SEQUENCE.incrementAndGet();
        return track(standards, jdbc.queryForObject("""
                insert into standards (category_id, code, text_zh, text_en, severity)
                values (?, ?, ?, ?, 'GENERAL') returning id""", Long.class, categoryId, code, code, code));
    }

    public long checkpoint(long categoryId, long districtId, long unitId) {
        return track(checkpoints, jdbc.queryForObject("""
                insert into checkpoints (name, category_id, district_id, address, responsible_unit_id)
                values (?, ?, ?, 'rates test', ?) returning id""", Long.class, uniqueName("cp"), categoryId,
                districtId, unitId));
    }

    /** {@code count} problems alike; a CLOSED one is closed the day after its evidence was accepted. */
    public void problems(int count, long checkpointId, Long standardId, long unitId, String status, LocalDate assignedOn,
            LocalDate deadline, LocalDate acceptedSubmittedOn) {
        jdbc.update("""
                insert into problems (origin, checkpoint_id, standard_id, description, responsible_unit_id, severity,
                                      status, assigned_on, deadline, accepted_submitted_on, closed_at, created_by)
                select 'MANUAL', ?, ?, 'rates test', ?, 'GENERAL', ?, ?, ?, ?, ?, ?
                  from generate_series(1, ?)""", checkpointId, standardId, unitId, status, assignedOn, deadline,
                acceptedSubmittedOn, "CLOSED".equals(status) ? closedAt(acceptedSubmittedOn.plusDays(1)) : null,
                accountId, count);
    }

    /** A closed problem whose evidence was submitted on one day and verified (closed) on another. */
    public long closedProblem(long checkpointId, long unitId, LocalDate assignedOn, LocalDate deadline, LocalDate submittedOn,
            LocalDate closedOn) {
        return jdbc.queryForObject("""
                insert into problems (origin, checkpoint_id, description, responsible_unit_id, severity, status,
                                      assigned_on, deadline, accepted_submitted_on, closed_at, created_by)
                values ('MANUAL', ?, 'rates test', ?, 'GENERAL', 'CLOSED', ?, ?, ?, ?, ?) returning id""", Long.class,
                checkpointId, unitId, assignedOn, deadline, submittedOn, closedAt(closedOn), accountId);
    }

    public long problem(long checkpointId, long unitId, String status, LocalDate assignedOn, LocalDate deadline) {
        return jdbc.queryForObject("""
                insert into problems (origin, checkpoint_id, description, responsible_unit_id, severity, status,
                                      assigned_on, deadline, created_by)
                values ('MANUAL', ?, 'rates test', ?, 'GENERAL', ?, ?, ?, ?) returning id""", Long.class,
                checkpointId, unitId, status, assignedOn, deadline, accountId);
    }

    /** Evidence submitted for a problem and reviewed (ACCEPTED / RETURNED) at the given moment, or PENDING. */
    public void rectification(long problemId, String outcome, OffsetDateTime reviewedAt) {
        OffsetDateTime submittedAt = reviewedAt == null ? OffsetDateTime.now(ZONE) : reviewedAt.minusDays(1);
        jdbc.update("""
                insert into rectifications (problem_id, text, submitted_by, submitted_at, submitted_on, outcome,
                                            reviewed_by, reviewed_at)
                values (?, 'done', ?, ?, ?, ?, ?, ?)""", problemId, accountId, Timestamp.from(submittedAt.toInstant()),
                submittedAt.atZoneSameInstant(ZONE).toLocalDate(), outcome, reviewedAt == null ? null : accountId,
                reviewedAt == null ? null : Timestamp.from(reviewedAt.toInstant()));
    }

    /** A finished inspection with its checklist outcome. */
    public long inspection(long checkpointId, OffsetDateTime finishedAt, int passed, int assessed) {
        return jdbc.queryForObject("""
                insert into inspections (checkpoint_id, type, status, inspected_at, inspectors, created_by, finished_at,
                                         passed_count, assessed_count)
                values (?, 'ROUTINE', 'FINISHED', ?, 'rates test', ?, ?, ?, ?) returning id""", Long.class,
                checkpointId, Timestamp.from(finishedAt.minusHours(1).toInstant()), accountId,
                Timestamp.from(finishedAt.toInstant()), passed, assessed);
    }

    public long draftInspection(long checkpointId, OffsetDateTime inspectedAt) {
        return jdbc.queryForObject("""
                insert into inspections (checkpoint_id, type, status, inspected_at, inspectors, created_by)
                values (?, 'ROUTINE', 'DRAFT', ?, 'rates test', ?) returning id""", Long.class, checkpointId,
                Timestamp.from(inspectedAt.toInstant()), accountId);
    }

    public void item(long inspectionId, long standardId, String result) {
        jdbc.update("insert into inspection_items (inspection_id, standard_id, result) values (?, ?, ?)", inspectionId,
                standardId, result);
    }

    /** Pairs a checkpoint with a leader's account (包联). */
    public void pair(long checkpointId, long leaderId) {
        jdbc.update("update checkpoints set paired_leader_id = ? where id = ?", leaderId, checkpointId);
        // and in the pairing history (V112), holding since before any month the tests look at
        jdbc.update("delete from checkpoint_pairings where checkpoint_id = ?", checkpointId);
        jdbc.update("""
                insert into checkpoint_pairings (checkpoint_id, leader_id, unit_id, effective_from)
                select id, paired_leader_id, responsible_unit_id, date '2000-01-01' from checkpoints where id = ?""",
                checkpointId);
    }

    /** A visit logged by the checkpoint's paired leader (or by {@code leaderId}, who may be another). */
    public void visit(long checkpointId, long leaderId, LocalDate on) {
        jdbc.update("""
                insert into visits (checkpoint_id, leader_id, visited_on, participants, checked, recorded_by)
                values (?, ?, ?, 'rates test', 'rates test', ?)""", checkpointId, leaderId, on, leaderId);
    }

    /** A citizen report submitted at noon of a day and dispatched as the given problem, in a status. */
    public void citizenReport(long problemId, String status, LocalDate submittedOn) {
        jdbc.update("""
                insert into citizen_reports (ticket, category_id, description, address, status, submitted_at, problem_id,
                                             dispatched_at)
                values (?, (select min(id) from report_categories), 'rates test', 'rates test', ?, ?, ?, ?)""",
                "T" + tag + SEQUENCE.incrementAndGet(), status, Timestamp.from(at(submittedOn, 12).toInstant()),
                problemId, Timestamp.from(at(submittedOn, 13).toInstant()));
    }

    /** A volunteer activity of a unit in a district on a day. */
    public void activity(long unitId, long districtId, LocalDate on, int participants) {
        jdbc.update("""
                insert into volunteer_activities (unit_id, held_on, place, district_id, kind, participants, hours,
                                                  recorded_by)
                values (?, ?, 'rates test', ?, 'CLEANING', ?, 2, ?)""", unitId, on, districtId, participants, accountId);
    }

    /** Removes everything this fixture wrote, children first. */
    public void delete() {
        for (Long unit : units) {
            jdbc.update("delete from volunteer_activities where unit_id = ? or district_id = ?", unit, unit);
        }
        for (Long cp : checkpoints) {
            jdbc.update("delete from visits where checkpoint_id = ?", cp);
            jdbc.update("delete from citizen_reports where problem_id in (select id from problems where checkpoint_id = ?)", cp);
            jdbc.update("delete from inspection_items where inspection_id in (select id from inspections where checkpoint_id = ?)", cp);
            jdbc.update("delete from inspections where checkpoint_id = ?", cp);
            jdbc.update("delete from rectifications where problem_id in (select id from problems where checkpoint_id = ?)", cp);
            jdbc.update("delete from problems where checkpoint_id = ?", cp);
            jdbc.update("delete from checkpoint_pairings where checkpoint_id = ?", cp);
            jdbc.update("delete from checkpoints where id = ?", cp);
        }
        standards.forEach(id -> jdbc.update("delete from standards where id = ?", id));
        categories.forEach(id -> jdbc.update("delete from checkpoint_categories where id = ?", id));
        units.forEach(id -> jdbc.update("delete from units where id = ?", id));
    }

    private static long track(List<Long> ids, Long id) {
        ids.add(id);
        return id;
    }

    public static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private static Timestamp closedAt(LocalDate day) {
        return Timestamp.from(at(day, 17).toInstant());
    }
}

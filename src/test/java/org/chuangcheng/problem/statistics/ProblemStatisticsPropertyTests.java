package org.chuangcheng.problem.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics never drift: random sequences of every problem step (raise, submit, return, close, reassign,
 * extend, cancel through the service; back-dated problems and evidence, moved checkpoints and deleted problems
 * through SQL) and after each round every figure, for random periods, filters, sets of units and groupings (weeks
 * included), equals the raw-row SQL; the maintained rows and the maintained set of relapses equal a rebuild from
 * the raw rows; and the {@code /problems?scope=} lists and the
 * entity's flags count the same problems as the figures (one definition per figure). The seed is printed so a
 * failure can be replayed with {@code -Dstatistics.seed=<n>}.
 */
class ProblemStatisticsPropertyTests extends AbstractIntegrationTests {

    private static final int ROUNDS = 4;
    private static final int STEPS_PER_ROUND = 60;
    private static final int QUERIES_PER_ROUND = 40;

    @Autowired
    ProblemStatistics statistics;

    @Autowired
    ProblemManagement problems;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    RateFixture fixture;
    RawProblemFigures oracle;
    Random random;
    LocalDate today;
    Actor office;
    final List<Long> districts = new ArrayList<>();
    final List<Long> units = new ArrayList<>();
    final List<Long> categories = new ArrayList<>();
    final List<Long> standards = new ArrayList<>();
    final java.util.Map<Long, List<Long>> checklistOf = new java.util.HashMap<>();
    final List<Long> checkpoints = new ArrayList<>();

    @BeforeEach
    void setUp() {
        long seed = Long.getLong("statistics.seed", System.nanoTime());
        System.out.println("ProblemStatisticsPropertyTests seed: " + seed);
        random = new Random(seed);
        fixture = new RateFixture(jdbc);
        oracle = new RawProblemFigures(named, clock.getZone());
        today = LocalDate.now(clock);
        long officeId = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        office = new Actor(officeId, "office", "office", Role.OFFICE, null);
        for (int i = 0; i < 2; i++) {
            districts.add(fixture.district("区"));
            long category = fixture.category("类");
            categories.add(category);
            standards.add(fixture.standard(category));
            standards.add(fixture.standard(category));
        }
        for (int i = 0; i < 3; i++) {
            units.add(fixture.unit("单位"));
        }
        for (int i = 0; i < 5; i++) {
            int c = random.nextInt(categories.size());
            long checkpoint = fixture.checkpoint(categories.get(c), pick(districts), pick(units));
            checkpoints.add(checkpoint);
            // a problem's standard is one of its checkpoint's checklist: the two standards of its category
            checklistOf.put(checkpoint, standards.subList(2 * c, 2 * c + 2));
        }
    }

    @AfterEach
    void tearDown() {
        for (Long checkpoint : checkpoints) {
            jdbc.update("delete from problem_event_attachments where event_id in (select e.id from problem_events e"
                    + " join problems p on p.id = e.problem_id where p.checkpoint_id = ?)", checkpoint);
            jdbc.update("delete from rectification_attachments where rectification_id in (select r.id from rectifications r"
                    + " join problems p on p.id = r.problem_id where p.checkpoint_id = ?)", checkpoint);
            jdbc.update("delete from problem_events where problem_id in (select id from problems where checkpoint_id = ?)",
                    checkpoint);
        }
        fixture.delete();
    }

    @Test
    void everyFigureEqualsTheRawRowsAfterAnySequenceOfSteps() {
        for (int round = 0; round < ROUNDS; round++) {
            for (int step = 0; step < STEPS_PER_ROUND; step++) {
                step();
            }
            assertMaintainedRowsEqualARebuild();
            for (int i = 0; i < QUERIES_PER_ROUND; i++) {
                Query query = randomQuery();
                Map<String, Counts> maintained = statistics.counts(query);
                assertThat(maintained).as("%s", query).isEqualTo(oracle.counts(query, today));
                if (query.groupBy() == null && query.unitIds() == null) {
                    assertScopesAndFlagsAgree(query, maintained.getOrDefault(ProblemStatistics.TOTAL, null));
                }
            }
        }
    }

    private void step() {
        int kind = random.nextInt(12);
        try {
            switch (kind) {
                case 0, 1 -> raise();
                case 2, 3 -> submit();
                case 4 -> close();
                case 5 -> returnToUnit();
                case 6 -> reassign();
                case 7 -> extend();
                case 8 -> cancel();
                case 9 -> backDated();
                case 10 -> backDate();
                default -> {
                    if (random.nextBoolean()) {
                        moveCheckpoint();
                    } else {
                        deleteProblem();
                    }
                }
            }
        } catch (BusinessRuleException refused) {
            // an illegal step (e.g. an extension not later than the deadline) changes nothing: that is a case too
        }
    }

    private void raise() {
        ProblemSeverity severity = ProblemSeverity.values()[random.nextInt(ProblemSeverity.values().length)];
        Long unit = random.nextBoolean() ? null : pick(units);
        Long checkpoint = pick(checkpoints);
        Long standard = random.nextInt(3) == 0 ? null : pick(checklistOf.get(checkpoint));
        NewProblem details = new NewProblem(checkpoint, null, standard, "统计属性测试", severity, unit, null);
        if (random.nextBoolean()) {
            problems.raise(office, details, List.of());
        } else {
            // raised in the past through the service, as loaders of history do
            Instant at = clock.instant().minus(Duration.ofDays(random.nextInt(400)));
            problems.raise(office, List.of(details), List.of(), new Moment(at, LocalDate.ofInstant(at, clock.getZone())));
        }
    }

    private void submit() {
        Long id = anyProblem("status in ('ASSIGNED', 'RETURNED')");
        if (id != null) {
            Long unit = jdbc.queryForObject("select responsible_unit_id from problems where id = ?", Long.class, id);
            Actor liaison = new Actor(office.accountId(), "liaison", "liaison", Role.LIAISON, unit);
            problems.submit(liaison, id, version(id), "已整改", UploadedFiles.afterPhoto());
        }
    }

    private void close() {
        Long id = anyProblem("status = 'SUBMITTED'");
        if (id != null) {
            problems.close(office, id, version(id), random.nextBoolean() ? null : "通过");
        }
    }

    private void returnToUnit() {
        Long id = anyProblem("status = 'SUBMITTED'");
        if (id != null) {
            problems.returnToUnit(office, id, version(id), "照片不清");
        }
    }

    private void reassign() {
        Long id = anyProblem("status in ('ASSIGNED', 'RETURNED')");
        if (id != null) {
            problems.reassign(office, id, version(id), pick(units), "转办");
        }
    }

    private void extend() {
        Long id = anyProblem("status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')");
        if (id != null) {
            LocalDate deadline = jdbc.queryForObject("select coalesce(deadline, assigned_on) from problems where id = ?",
                    LocalDate.class, id);
            problems.extend(office, id, version(id), deadline.plusDays(1 + random.nextInt(20)), "延期");
        }
    }

    private void cancel() {
        Long id = anyProblem("status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')");
        if (id != null) {
            problems.cancel(office, id, version(id), "重复");
        }
    }

    /** Problems loaded with their history: past days, any state, reviewed evidence in any month. */
    private void backDated() {
        LocalDate assigned = today.minusDays(random.nextInt(500));
        LocalDate deadline = random.nextInt(4) == 0 ? null : assigned.plusDays(random.nextInt(30));
        String status = List.of("ASSIGNED", "SUBMITTED", "RETURNED", "CLOSED", "CANCELLED").get(random.nextInt(5));
        if ("CLOSED".equals(status) && deadline == null && random.nextBoolean()) {
            deadline = assigned.plusDays(5);
        }
        LocalDate submitted = assigned.plusDays(random.nextInt(40));
        Long standard = random.nextInt(3) == 0 ? null : pick(standards);
        fixture.problems(1 + random.nextInt(3), pick(checkpoints), standard, pick(units), status, assigned, deadline,
                "CLOSED".equals(status) ? submitted : null);
        Long id = jdbc.queryForObject("select max(id) from problems", Long.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            OffsetDateTime reviewed = RateFixture.at(submitted.plusDays(i), random.nextInt(24));
            fixture.rectification(id, random.nextBoolean() ? "RETURNED" : "ACCEPTED", reviewed);
        }
        if (random.nextInt(4) == 0) {
            fixture.rectification(id, "PENDING", null);
        }
    }

    /** A correction in SQL: the problem and its evidence moved back in time, possibly across months. */
    private void backDate() {
        Long id = anyProblem("true");
        if (id != null) {
            int days = 1 + random.nextInt(60);
            jdbc.update("""
                    update problems set assigned_on = assigned_on - ?, deadline = deadline - ?,
                           accepted_submitted_on = accepted_submitted_on - ? where id = ?""", days, days, days, id);
            jdbc.update("""
                    update rectifications set reviewed_at = reviewed_at - make_interval(days => ?),
                           submitted_on = submitted_on - ? where problem_id = ?""", days, days, id);
        }
    }

    private void moveCheckpoint() {
        jdbc.update("update checkpoints set district_id = ?, category_id = ? where id = ?", pick(districts),
                pick(categories), pick(checkpoints));
    }

    private void deleteProblem() {
        Long id = anyProblem("true");
        if (id != null) {
            jdbc.update("delete from problem_event_attachments where event_id in"
                    + " (select id from problem_events where problem_id = ?)", id);
            jdbc.update("delete from rectification_attachments where rectification_id in"
                    + " (select id from rectifications where problem_id = ?)", id);
            jdbc.update("delete from problem_events where problem_id = ?", id);
            jdbc.update("delete from rectifications where problem_id = ?", id);
            jdbc.update("delete from problems where id = ?", id);
        }
    }

    private Query randomQuery() {
        LocalDate from;
        LocalDate to;
        if (random.nextBoolean()) {
            // whole months: the maintained rows alone
            from = today.withDayOfMonth(1).minusMonths(random.nextInt(18));
            LocalDate last = from.plusMonths(random.nextInt(18));
            to = last.withDayOfMonth(last.lengthOfMonth());
        } else {
            from = today.minusDays(random.nextInt(560));
            to = from.plusDays(random.nextInt(600));
        }
        Dimension[] dimensions = Dimension.values();
        Dimension groupBy = random.nextInt(6) == 0 ? null : dimensions[random.nextInt(dimensions.length)];
        boolean weeks = groupBy == Dimension.WEEK;
        // a set of units, as a unit-type filter asks (sometimes none of them: nothing counted)
        List<Long> unitIds = random.nextInt(4) != 0 ? null
                : units.stream().filter(u -> random.nextBoolean()).toList();
        return new Query(from, to, maybe(districts), maybe(units), weeks ? null : maybe(categories),
                weeks ? null : maybe(standards), groupBy, unitIds);
    }

    /** Every grain of every month equals what a rebuild from the raw rows writes (rolled back afterwards). */
    private void assertMaintainedRowsEqualARebuild() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Set<List<Object>> maintained = statisticsRows();
            Set<List<Object>> relapses = rows("select * from problem_relapses");
            jdbc.queryForObject("select problem_statistics_rebuild()", Long.class);
            assertThat(maintained).isEqualTo(statisticsRows());
            // the relapses (易反弹) kept with every step are the ones the definition finds in the raw rows
            assertThat(relapses).isEqualTo(rows("select * from problem_relapses"));
            tx.setRollbackOnly();
        });
    }

    private Set<List<Object>> statisticsRows() {
        return rows("""
                select * from problem_statistics
                 where assigned <> 0 or with_deadline <> 0 or closed <> 0 or on_time <> 0 or reviewed <> 0
                    or returned <> 0""");
    }

    private Set<List<Object>> rows(String sql) {
        return new HashSet<>(jdbc.query(sql, (rs, i) -> {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.add(rs.getObject(c));
            }
            return row;
        }));
    }

    /** The list scopes and the entity's flags select exactly the problems the figures count. */
    private void assertScopesAndFlagsAgree(Query q, Counts counts) {
        Counts c = counts == null ? new Counts(0, 0, 0, 0, 0, 0, 0, 0) : counts;
        assertThat(scopeCount(q, ProblemScope.ASSIGNED)).as("assigned %s", q).isEqualTo(c.assigned());
        assertThat(scopeCount(q, ProblemScope.WITH_DEADLINE)).as("withDeadline %s", q).isEqualTo(c.withDeadline());
        assertThat(scopeCount(q, ProblemScope.CLOSED)).as("closed %s", q).isEqualTo(c.closed());
        assertThat(scopeCount(q, ProblemScope.DUE)).as("due %s", q).isEqualTo(c.due());
        assertThat(scopeCount(q, ProblemScope.ON_TIME)).as("onTime %s", q).isEqualTo(c.onTime());
        assertThat(scopeCount(q, ProblemScope.OVERDUE)).as("overdue %s", q).isEqualTo(c.overdue());
        if (c.assigned() <= 2000) {
            List<Problem> assigned = problems.search(office, filter(q, ProblemScope.ASSIGNED), PageRequest.of(0, 2000))
                    .getContent();
            assertThat(assigned.stream().filter(p -> p.isOverdue(today)).count()).as("isOverdue %s", q)
                    .isEqualTo(c.overdue());
            assertThat(assigned.stream().filter(Problem::isClosedOnTime).count()).as("isClosedOnTime %s", q)
                    .isEqualTo(c.onTime());
        }
    }

    private long scopeCount(Query q, ProblemScope scope) {
        return problems.count(office, filter(q, scope));
    }

    private static ProblemFilter filter(Query q, ProblemScope scope) {
        return new ProblemFilter(q.unitId(), q.districtId(), q.categoryId(), q.standardId(), null, q.from(), q.to(),
                scope, null, null);
    }

    private Long anyProblem(String condition) {
        List<Long> ids = jdbc.queryForList("select id from problems where checkpoint_id = any(?) and " + condition,
                Long.class, (Object) checkpoints.toArray(Long[]::new));
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from problems where id = ?", Long.class, id);
    }

    private Long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** Half the time no filter; otherwise one of the fixture's ids. */
    private Long maybe(List<Long> ids) {
        return random.nextInt(3) == 0 ? pick(ids) : null;
    }
}

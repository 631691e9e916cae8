package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maintained compliance never drifts: random sequences of inspections finished (now and back-dated, ties on the
 * same moment included), drafts finished, checklists corrected, inspections moved in time (one at a time and
 * several of a checkpoint in one statement) or deleted, checkpoints moved to another unit, district or category,
 * deactivated and reactivated; after each round the maintained counts for random periods, filters and groupings
 * equal the live look-up of each checkpoint's latest inspection ({@link RateQueries#compliance}), and the
 * maintained rows equal a rebuild. Replay a failure with {@code -Dstatistics.seed=<n>}.
 */
class ComplianceStatisticsPropertyTests extends AbstractIntegrationTests {

    private static final int ROUNDS = 4;
    private static final int STEPS_PER_ROUND = 50;
    private static final int QUERIES_PER_ROUND = 40;

    @Autowired
    ComplianceQueries maintained;

    @Autowired
    RateQueries live;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    RateFixture fixture;
    Random random;
    LocalDate today;
    final List<Long> districts = new ArrayList<>();
    final List<Long> units = new ArrayList<>();
    final List<Long> categories = new ArrayList<>();
    final List<Long> checkpoints = new ArrayList<>();

    @BeforeEach
    void setUp() {
        long seed = Long.getLong("statistics.seed", System.nanoTime());
        System.out.println("ComplianceStatisticsPropertyTests seed: " + seed);
        random = new Random(seed);
        fixture = new RateFixture(jdbc);
        today = LocalDate.now(clock);
        for (int i = 0; i < 2; i++) {
            districts.add(fixture.district("区"));
            categories.add(fixture.category("类"));
        }
        for (int i = 0; i < 3; i++) {
            units.add(fixture.unit("单位"));
        }
        for (int i = 0; i < 5; i++) {
            checkpoints.add(fixture.checkpoint(pick(categories), pick(districts), pick(units)));
        }
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    @Test
    void complianceEqualsTheLatestInspectionsAfterAnySequenceOfChanges() {
        for (int round = 0; round < ROUNDS; round++) {
            for (int step = 0; step < STEPS_PER_ROUND; step++) {
                step();
            }
            assertMaintainedRowsEqualARebuild();
            for (int i = 0; i < QUERIES_PER_ROUND; i++) {
                assertSameFigures();
            }
        }
    }

    private void step() {
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> fixture.inspection(pick(checkpoints), moment(), random.nextInt(4), 3 + random.nextInt(3));
            case 3 -> tie();
            case 4 -> finishDraft();
            case 5 -> correct();
            case 6 -> moveInTime();
            case 7 -> delete();
            case 8 -> jdbc.update("update checkpoints set active = not active where id = ?", pick(checkpoints));
            default -> jdbc.update("update checkpoints set responsible_unit_id = ?, district_id = ?, category_id = ? where id = ?",
                    pick(units), pick(districts), pick(categories), pick(checkpoints));
        }
    }

    /** Another inspection finished at the very moment of an existing one: the larger id is the latest. */
    private void tie() {
        Long id = anyInspection();
        if (id != null) {
            Map<String, Object> i = jdbc.queryForMap("select checkpoint_id, finished_at from inspections where id = ?", id);
            fixture.inspection((Long) i.get("checkpoint_id"),
                    ((Timestamp) i.get("finished_at")).toInstant().atOffset(java.time.ZoneOffset.UTC),
                    random.nextInt(3), 3);
        }
    }

    private void finishDraft() {
        long draft = fixture.draftInspection(pick(checkpoints), moment());
        if (random.nextBoolean()) {
            jdbc.update("""
                    update inspections set status = 'FINISHED', finished_at = inspected_at + interval '1 hour',
                           passed_count = 1, assessed_count = 2 where id = ?""", draft);
        }
    }

    private void correct() {
        Long id = anyInspection();
        if (id != null) {
            int assessed = random.nextInt(6);
            jdbc.update("update inspections set passed_count = ?, assessed_count = ? where id = ?",
                    random.nextInt(assessed + 1), assessed, id);
        }
    }

    private void moveInTime() {
        if (random.nextBoolean()) {
            Long id = anyInspection();
            if (id != null) {
                jdbc.update("update inspections set finished_at = finished_at - make_interval(days => ?) where id = ?",
                        random.nextInt(90) - 30, id);
            }
        } else {
            // several inspections of one checkpoint in one statement
            jdbc.update("""
                    update inspections set finished_at = finished_at - make_interval(days => ?)
                     where checkpoint_id = ? and finished_at is not null""", 1 + random.nextInt(60), pick(checkpoints));
        }
    }

    private void delete() {
        Long id = anyInspection();
        if (id != null) {
            jdbc.update("delete from inspections where id = ?", id);
        }
    }

    private void assertSameFigures() {
        LocalDate from;
        LocalDate to;
        if (random.nextBoolean()) {
            from = today.withDayOfMonth(1).minusMonths(random.nextInt(15));
            LocalDate last = from.plusMonths(random.nextInt(15));
            to = last.withDayOfMonth(last.lengthOfMonth());
        } else {
            from = today.minusDays(random.nextInt(450));
            to = from.plusDays(random.nextInt(500));
        }
        GroupBy[] dimensions = {null, GroupBy.UNIT, GroupBy.DISTRICT, GroupBy.CATEGORY, GroupBy.MONTH};
        GroupBy groupBy = dimensions[random.nextInt(dimensions.length)];
        RateFilter filter = new RateFilter(from, to, maybe(districts), maybe(units), maybe(categories), null);
        assertThat(maintained.compliance(filter, null, groupBy, clock.getZone())).as("%s by %s", filter, groupBy)
                .isEqualTo(withoutEmpty(live.compliance(filter, groupBy, clock.getZone())));
        if (filter.unitId() != null) {
            // a set of units (a unit type) of one unit counts as that unit
            assertThat(maintained.compliance(filter.withUnit(null), List.of(filter.unitId()), groupBy, clock.getZone()))
                    .as("units %s by %s", filter, groupBy)
                    .isEqualTo(withoutEmpty(live.compliance(filter, groupBy, clock.getZone())));
        }
    }

    private void assertMaintainedRowsEqualARebuild() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Set<List<Object>> cube = rows("select * from compliance_statistics where passed <> 0 or assessed <> 0");
            Set<List<Object>> steps = rows("select * from compliance_steps");
            jdbc.queryForObject("select compliance_statistics_rebuild()", Long.class);
            assertThat(cube).isEqualTo(rows("select * from compliance_statistics where passed <> 0 or assessed <> 0"));
            assertThat(steps).isEqualTo(rows("select * from compliance_steps"));
            tx.setRollbackOnly();
        });
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

    private static Map<String, ComplianceCounts> withoutEmpty(Map<String, ComplianceCounts> counts) {
        Map<String, ComplianceCounts> result = new HashMap<>();
        counts.forEach((k, c) -> {
            if (c.passed() != 0 || c.assessed() != 0) {
                result.put(k, c);
            }
        });
        return result;
    }

    private OffsetDateTime moment() {
        return RateFixture.at(today.minusDays(random.nextInt(420)), random.nextInt(24));
    }

    private Long anyInspection() {
        List<Long> ids = jdbc.queryForList("select id from inspections where finished_at is not null and checkpoint_id = any(?)",
                Long.class, (Object) checkpoints.toArray(Long[]::new));
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private Long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private Long maybe(List<Long> ids) {
        return random.nextInt(3) == 0 ? pick(ids) : null;
    }
}

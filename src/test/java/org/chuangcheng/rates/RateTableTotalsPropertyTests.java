package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rates table's totals are taken from its rows where the rows split the filter exactly (every dimension for the
 * problem figures; unit, district and category for compliance): on random problems in every state (assigned
 * before, on and after the period's ends, today and later), reviews made at any hour, inspections and moved
 * checkpoints, for random periods (whole months, this month so far, any days), filters and askers (the office, a
 * liaison), the totals of every grouping equal {@link RateFigures#totals} computed over the whole filter, which
 * the statistics property tests hold equal to the raw rows. Replay a failure with {@code -Dstatistics.seed=<n>}.
 */
class RateTableTotalsPropertyTests extends AbstractIntegrationTests {

    private static final int ROUNDS = 3;
    private static final int STEPS_PER_ROUND = 40;
    private static final int QUERIES_PER_ROUND = 25;
    private static final Actor OFFICE = new Actor(-1L, "office", "office", Role.OFFICE, null);

    @Autowired
    RateFigures rates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    RateFixture fixture;
    Random random;
    LocalDate today;
    final List<Long> districts = new ArrayList<>();
    final List<Long> units = new ArrayList<>();
    final List<Long> categories = new ArrayList<>();
    final List<Long> standards = new ArrayList<>();
    final List<Long> checkpoints = new ArrayList<>();

    @BeforeEach
    void setUp() {
        long seed = Long.getLong("statistics.seed", System.nanoTime());
        System.out.println("RateTableTotalsPropertyTests seed: " + seed);
        random = new Random(seed);
        fixture = new RateFixture(jdbc);
        today = LocalDate.now(clock);
        for (int i = 0; i < 2; i++) {
            districts.add(fixture.district("区"));
            long category = fixture.category("类");
            categories.add(category);
            standards.add(fixture.standard(category));
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
    void tableTotalsEqualTheTotalsOfTheWholeFilter() {
        for (int round = 0; round < ROUNDS; round++) {
            for (int step = 0; step < STEPS_PER_ROUND; step++) {
                step();
            }
            for (int i = 0; i < QUERIES_PER_ROUND; i++) {
                assertSameTotals();
            }
        }
    }

    private void step() {
        switch (random.nextInt(6)) {
            case 0, 1, 2 -> problem();
            case 3 -> fixture.inspection(pick(checkpoints), RateFixture.at(today.minusDays(random.nextInt(120)),
                    random.nextInt(24)), random.nextInt(4), 3 + random.nextInt(3));
            case 4 -> jdbc.update("update checkpoints set responsible_unit_id = ?, district_id = ?, category_id = ? where id = ?",
                    pick(units), pick(districts), pick(categories), pick(checkpoints));
            default -> jdbc.update("update problems set status = 'CANCELLED' where id = (select max(id) from problems"
                    + " where checkpoint_id = any(?) and status in ('ASSIGNED', 'SUBMITTED', 'RETURNED'))",
                    (Object) checkpoints.toArray(Long[]::new));
        }
    }

    /** A problem assigned within the last four months or the next week, in any state, with 0-2 reviews. */
    private void problem() {
        LocalDate assigned = today.minusDays(random.nextInt(120) - 7);
        LocalDate deadline = random.nextInt(4) == 0 ? null : assigned.plusDays(random.nextInt(30));
        String status = List.of("ASSIGNED", "SUBMITTED", "RETURNED", "CLOSED", "CANCELLED").get(random.nextInt(5));
        LocalDate submitted = assigned.plusDays(random.nextInt(20));
        fixture.problems(1, pick(checkpoints), random.nextBoolean() ? null : pick(standards), pick(units), status,
                assigned, deadline, "CLOSED".equals(status) ? submitted : null);
        Long id = jdbc.queryForObject("select max(id) from problems", Long.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            fixture.rectification(id, random.nextBoolean() ? "RETURNED" : "ACCEPTED",
                    RateFixture.at(submitted.plusDays(i), random.nextInt(24)));
        }
    }

    private void assertSameTotals() {
        LocalDate from;
        LocalDate to;
        switch (random.nextInt(3)) {
            case 0 -> {
                from = today.withDayOfMonth(1).minusMonths(random.nextInt(4));
                to = today;
            }
            case 1 -> {
                from = today.withDayOfMonth(1).minusMonths(random.nextInt(4));
                LocalDate last = from.plusMonths(random.nextInt(4));
                to = last.withDayOfMonth(last.lengthOfMonth());
            }
            default -> {
                from = today.minusDays(random.nextInt(130));
                to = from.plusDays(random.nextInt(140));
            }
        }
        RateFilter filter = new RateFilter(from, to, maybe(districts), maybe(units), maybe(categories),
                random.nextInt(5) == 0 ? pick(standards) : null);
        Actor asker = random.nextInt(4) == 0 ? new Actor(-2L, "l", "l", Role.LIAISON, pick(units)) : OFFICE;
        for (GroupBy groupBy : GroupBy.values()) {
            assertThat(rates.table(asker, filter, groupBy).totals()).as("%s by %s for %s", filter, groupBy, asker.role())
                    .isEqualTo(rates.totals(asker, filter));
        }
    }

    private Long maybe(List<Long> ids) {
        return random.nextInt(3) == 0 ? pick(ids) : null;
    }

    private Long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}

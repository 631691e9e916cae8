package org.chuangcheng.rates;

import org.chuangcheng.shared.Ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuangcheng.rates.RateFixture.at;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every formula of DOMAIN.md against hand-counted fixtures written straight into the schema. */
class RateFiguresTests extends AbstractIntegrationTests {

    static final Actor OFFICE = new Actor(-1L, "office", "office", Role.OFFICE, null);

    @Autowired
    RateFigures rates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    RateFixture fixture;
    LocalDate today;
    long district;
    long category;
    long unit;
    long checkpoint;

    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        today = LocalDate.now(clock);
        district = fixture.district("区");
        category = fixture.category("cat");
        unit = fixture.unit("单位");
        checkpoint = fixture.checkpoint(category, district, unit);
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    private Figures totals(LocalDate from, LocalDate to) {
        return rates.totals(OFFICE, RateFilter.period(from, to).withUnit(unit));
    }

    @Test
    void theSeedExampleGivesARectificationRateOfClosedOverProblemsWithADeadline() {
        LocalDate assigned = LocalDate.of(2019, 3, 4);
        LocalDate deadline = LocalDate.of(2019, 3, 11);
        fixture.problems(203, checkpoint, null, unit, "CLOSED", assigned, deadline, deadline.minusDays(2));
        fixture.problems(50, checkpoint, null, unit, "ASSIGNED", assigned, deadline, null);
        fixture.problems(40, checkpoint, null, unit, "SUBMITTED", assigned, deadline, null);
        fixture.problems(64, checkpoint, null, unit, "ASSIGNED", assigned, null, null);
        // neither cancelled problems nor problems assigned outside the period count
        fixture.problems(10, checkpoint, null, unit, "CANCELLED", assigned, deadline, null);
        fixture.problems(5, checkpoint, null, unit, "ASSIGNED", LocalDate.of(2019, 4, 1), deadline.plusMonths(1), null);

        Figures figures = totals(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));

        assertThat(figures.assigned()).isEqualTo(357);
        assertThat(figures.withDeadline()).isEqualTo(293);
        assertThat(figures.closed()).isEqualTo(203);
        assertThat(figures.rectificationRate().format()).isEqualTo("69.28%");
        assertThat(figures.rectificationRate().percent()).contains(new BigDecimal("69.28"));
        assertThat(figures.due()).isEqualTo(293);
        assertThat(figures.onTime()).isEqualTo(203);
        assertThat(figures.overdue()).isEqualTo(90);
    }

    @Test
    void onTimeCountsTheDayTheAcceptedEvidenceWasSubmittedNotTheDayItWasVerified() {
        LocalDate assigned = LocalDate.of(2019, 5, 10);
        LocalDate deadline = LocalDate.of(2019, 5, 15);
        // submitted on the deadline, verified three days later: on time
        fixture.closedProblem(checkpoint, unit, assigned, deadline, deadline, deadline.plusDays(3));
        // submitted a day late: due but not on time
        fixture.closedProblem(checkpoint, unit, assigned, deadline, deadline.plusDays(1), deadline.plusDays(1));
        // closed early, deadline still ahead: due (closed) and on time
        fixture.closedProblem(checkpoint, unit, assigned, today.plusDays(10), assigned.plusDays(2), assigned.plusDays(3));
        // open, deadline ahead or today: neither due nor overdue
        fixture.problem(checkpoint, unit, "ASSIGNED", assigned, today.plusDays(10));
        fixture.problem(checkpoint, unit, "SUBMITTED", assigned, today);
        // returned and past its deadline: due and overdue
        fixture.problem(checkpoint, unit, "RETURNED", assigned, deadline);
        // carried over: assigned only
        fixture.problem(checkpoint, unit, "ASSIGNED", assigned, null);
        // cancelled: nowhere, even past its deadline
        fixture.problem(checkpoint, unit, "CANCELLED", assigned, deadline);

        Figures figures = totals(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));

        assertThat(figures.assigned()).isEqualTo(7);
        assertThat(figures.withDeadline()).isEqualTo(6);
        assertThat(figures.closed()).isEqualTo(3);
        assertThat(figures.due()).isEqualTo(4);
        assertThat(figures.onTime()).isEqualTo(2);
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.onTimeRate().format()).isEqualTo("50.00%");
        assertThat(figures.rectificationRate().format()).isEqualTo("50.00%");
    }

    @Test
    void returnRateCountsSubmissionsReviewedInThePeriodInTheCampaignsTimeZone() {
        // assigned in May, reviewed in June and July: reviews count in the month they were made
        long problem = fixture.problem(checkpoint, unit, "SUBMITTED", LocalDate.of(2019, 5, 20), LocalDate.of(2019, 6, 30));
        fixture.rectification(problem, "RETURNED", at(LocalDate.of(2019, 6, 3), 10));
        fixture.rectification(problem, "RETURNED", at(LocalDate.of(2019, 6, 10), 10));
        fixture.rectification(problem, "ACCEPTED", at(LocalDate.of(2019, 6, 30), 23)); // 15:00 UTC: still June 30th
        fixture.rectification(problem, "RETURNED", at(LocalDate.of(2019, 7, 1), 0).plusMinutes(30)); // July in 江城
        fixture.rectification(problem, "PENDING", null);
        long cancelled = fixture.problem(checkpoint, unit, "CANCELLED", LocalDate.of(2019, 5, 20), null);
        fixture.rectification(cancelled, "RETURNED", at(LocalDate.of(2019, 6, 5), 10));

        Figures june = totals(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30));
        Figures july = totals(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31));

        assertThat(june.reviewed()).isEqualTo(3);
        assertThat(june.returned()).isEqualTo(2);
        assertThat(june.returnRate().format()).isEqualTo("66.67%");
        assertThat(june.assigned()).isZero();
        assertThat(july.returnRate().format()).isEqualTo("100.00%");
    }

    @Test
    void complianceIsPooledOverEachCheckpointsLatestFinishedInspectionUpToThePeriodEnd() {
        long second = fixture.checkpoint(category, district, unit);
        long inactive = fixture.checkpoint(category, district, unit);
        jdbc.update("update checkpoints set active = false where id = ?", inactive);
        fixture.inspection(checkpoint, at(LocalDate.of(2019, 1, 10), 10), 1, 10); // older: ignored
        fixture.inspection(checkpoint, at(LocalDate.of(2019, 2, 10), 10), 8, 10);
        fixture.draftInspection(checkpoint, at(LocalDate.of(2019, 3, 1), 10)); // a draft is no result
        fixture.inspection(checkpoint, at(LocalDate.of(2019, 4, 2), 10), 0, 10); // after the period: ignored
        fixture.inspection(second, at(LocalDate.of(2019, 2, 5), 10), 3, 5);
        fixture.inspection(inactive, at(LocalDate.of(2019, 2, 5), 10), 0, 5); // no longer visited: ignored

        Figures march = totals(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        Figures april = totals(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30));

        assertThat(march.passed()).isEqualTo(11);
        assertThat(march.assessed()).isEqualTo(15);
        assertThat(march.compliance().format()).isEqualTo("73.33%"); // not the mean of 80% and 60%
        assertThat(april.compliance().format()).isEqualTo("20.00%"); // (0 + 3) / (10 + 5)
    }

    @Test
    void complianceOfAStandardCountsItsChecklistItemsAndLeavesOutNotApplicable() {
        long s1 = fixture.standard(category);
        long s2 = fixture.standard(category);
        long s3 = fixture.standard(category);
        long second = fixture.checkpoint(category, district, unit);
        long older = fixture.inspection(checkpoint, at(LocalDate.of(2019, 1, 10), 10), 0, 2);
        fixture.item(older, s1, "FAIL");
        fixture.item(older, s2, "FAIL");
        long a = fixture.inspection(checkpoint, at(LocalDate.of(2019, 2, 10), 10), 1, 2);
        fixture.item(a, s1, "PASS");
        fixture.item(a, s2, "FAIL");
        fixture.item(a, s3, "NOT_APPLICABLE");
        long b = fixture.inspection(second, at(LocalDate.of(2019, 2, 11), 10), 0, 1);
        fixture.item(b, s1, "FAIL");
        fixture.item(b, s3, "NOT_APPLICABLE");
        RateFilter march = RateFilter.period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)).withUnit(unit);

        assertThat(rates.totals(OFFICE, march.withStandard(s1)).compliance().format()).isEqualTo("50.00%");
        Map<String, RateRow> byStandard = byKey(rates.table(OFFICE, march, GroupBy.STANDARD).rows());
        assertThat(byStandard.get(String.valueOf(s1)).figures().compliance()).isEqualTo(new Ratio(1, 2));
        assertThat(byStandard.get(String.valueOf(s2)).figures().compliance()).isEqualTo(new Ratio(0, 1));
        assertThat(byStandard.get(String.valueOf(s3)).figures().compliance().format()).isEqualTo("—");
        assertThat(rates.totals(OFFICE, march).compliance()).isEqualTo(new Ratio(1, 3));
    }

    @Test
    void everyRateOverNothingIsADash() {
        Figures figures = totals(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 31));

        assertThat(figures).isEqualTo(Figures.NONE);
        assertThat(List.of(figures.rectificationRate(), figures.onTimeRate(), figures.returnRate(),
                figures.compliance())).allSatisfy(rate -> {
                    assertThat(rate.format()).isEqualTo("—");
                    assertThat(rate.percent()).isEmpty();
                });
    }

    @Test
    void filtersSelectByDistrictUnitCategoryStandardAndPeriod() {
        long district2 = fixture.district("区");
        long category2 = fixture.category("cat");
        long unit2 = fixture.unit("单位");
        long s1 = fixture.standard(category);
        long s2 = fixture.standard(category2);
        long checkpoint2 = fixture.checkpoint(category2, district2, unit2);
        LocalDate march = LocalDate.of(2019, 3, 5);
        LocalDate may = LocalDate.of(2019, 5, 5);
        fixture.problems(3, checkpoint, s1, unit, "ASSIGNED", march, null, null);
        fixture.problems(2, checkpoint2, s2, unit2, "ASSIGNED", may, null, null);
        // reassigned: the checkpoint is unit's, the problem now unit2's
        fixture.problems(1, checkpoint, s2, unit2, "ASSIGNED", may, null, null);
        RateFilter all = RateFilter.period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 31));

        assertThat(rates.totals(OFFICE, all.withDistrict(district)).assigned()).isEqualTo(4);
        assertThat(rates.totals(OFFICE, all.withDistrict(district2)).assigned()).isEqualTo(2);
        assertThat(rates.totals(OFFICE, all.withUnit(unit2)).assigned()).isEqualTo(3);
        assertThat(rates.totals(OFFICE, all.withCategory(category2)).assigned()).isEqualTo(2);
        assertThat(rates.totals(OFFICE, all.withStandard(s2)).assigned()).isEqualTo(3);
        assertThat(rates.totals(OFFICE, all.withStandard(s2).withDistrict(district)).assigned()).isEqualTo(1);
        assertThat(rates.totals(OFFICE, all.withUnit(unit).withPeriod(march.plusDays(1), may)).assigned()).isZero();

        RateTable byUnit = rates.table(OFFICE, all.withCategory(category), GroupBy.UNIT);
        assertThat(counts(byUnit)).containsExactlyInAnyOrderEntriesOf(Map.of(fixture.unitName(unit), 3L,
                fixture.unitName(unit2), 1L));
        assertThat(byUnit.totals().assigned()).isEqualTo(4);
        RateRow unit2Row = byUnit.rows().stream().filter(r -> r.key().equals(String.valueOf(unit2))).findFirst()
                .orElseThrow();
        assertThat(unit2Row.filter()).isEqualTo(all.withCategory(category).withUnit(unit2));

        RateTable byDistrict = rates.table(OFFICE, all.withStandard(s2), GroupBy.DISTRICT);
        assertThat(counts(byDistrict)).containsExactlyInAnyOrderEntriesOf(Map.of(fixture.unitName(district), 1L,
                fixture.unitName(district2), 2L));

        RateTable byMonth = rates.table(OFFICE, all.withDistrict(district).withPeriod(LocalDate.of(2019, 3, 10),
                LocalDate.of(2019, 5, 31)), GroupBy.MONTH);
        assertThat(byMonth.rows()).extracting(RateRow::key).containsExactly("2019-03", "2019-04", "2019-05");
        assertThat(byMonth.rows()).extracting(r -> r.figures().assigned()).containsExactly(0L, 0L, 1L);
        assertThat(byMonth.rows().get(0).filter().from()).isEqualTo(LocalDate.of(2019, 3, 10));
        assertThat(byMonth.rows().get(1).filter().to()).isEqualTo(LocalDate.of(2019, 4, 30));

        RateTable byCategory = rates.table(OFFICE, all.withUnit(unit2), GroupBy.CATEGORY);
        assertThat(byCategory.rows()).extracting(r -> r.figures().assigned()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void problemsWithoutAStandardFormARowThatLinksNowhere() {
        long s1 = fixture.standard(category);
        LocalDate day = LocalDate.of(2019, 9, 2);
        fixture.problems(2, checkpoint, s1, unit, "ASSIGNED", day, null, null);
        fixture.problems(3, checkpoint, null, unit, "ASSIGNED", day, null, null);

        RateTable table = rates.table(OFFICE, RateFilter.period(day, day).withUnit(unit), GroupBy.STANDARD);

        assertThat(table.rows()).hasSize(2);
        RateRow free = table.rows().get(1);
        assertThat(free.key()).isNull();
        assertThat(free.filter()).isNull();
        assertThat(free.figures().assigned()).isEqualTo(3);
        assertThat(table.totals().assigned()).isEqualTo(5);
    }

    @Test
    void aLiaisonOnlyEverGetsHerOwnUnitsFigures() {
        long other = fixture.unit("别的单位");
        long otherCheckpoint = fixture.checkpoint(category, district, other);
        LocalDate day = LocalDate.of(2019, 10, 8);
        fixture.problems(4, checkpoint, null, unit, "ASSIGNED", day, null, null);
        fixture.problems(9, otherCheckpoint, null, other, "ASSIGNED", day, null, null);
        Actor liaison = new Actor(-2L, "l", "l", Role.LIAISON, unit);
        RateFilter asksForOther = RateFilter.period(day, day).withUnit(other);

        assertThat(rates.totals(liaison, asksForOther).assigned()).isEqualTo(4);
        assertThat(rates.totals(liaison, RateFilter.period(day, day).withDistrict(district)).assigned()).isEqualTo(4);
        RateTable table = rates.table(liaison, asksForOther, GroupBy.UNIT);
        assertThat(table.confinedToUnit()).isTrue();
        assertThat(table.filter().unitId()).isEqualTo(unit);
        assertThat(table.rows()).extracting(RateRow::key).containsExactly(String.valueOf(unit));
        assertThat(rates.totals(OFFICE, asksForOther).assigned()).isEqualTo(9);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        RateFilter reversed = RateFilter.period(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1));
        assertThatThrownBy(() -> rates.totals(OFFICE, reversed)).isInstanceOf(InvalidRateFilter.class);
        assertThatThrownBy(() -> rates.table(OFFICE, RateFilter.period(null, today), GroupBy.UNIT))
                .isInstanceOf(InvalidRateFilter.class);
        assertThatThrownBy(() -> rates.table(OFFICE, RateFilter.period(LocalDate.of(2000, 1, 1), today),
                GroupBy.MONTH)).isInstanceOf(InvalidRateFilter.class);
    }

    @Test
    void rowsSortByAnyColumnWithDashesLast() {
        long unit2 = fixture.unit("单位");
        long unit3 = fixture.unit("单位");
        long checkpoint2 = fixture.checkpoint(category, district, unit2);
        long checkpoint3 = fixture.checkpoint(category, district, unit3);
        LocalDate day = LocalDate.of(2019, 11, 4);
        fixture.problems(1, checkpoint, null, unit, "CLOSED", day, day.plusDays(5), day.plusDays(1));
        fixture.problems(1, checkpoint, null, unit, "ASSIGNED", day, day.plusDays(5), null);
        fixture.problems(1, checkpoint2, null, unit2, "CLOSED", day, day.plusDays(5), day.plusDays(1));
        fixture.problems(2, checkpoint3, null, unit3, "ASSIGNED", day, null, null);

        RateTable table = rates.table(OFFICE, RateFilter.period(day, day).withDistrict(district), GroupBy.UNIT);

        assertThat(table.sortedBy(RateColumn.RECTIFICATION_RATE, false).rows()).extracting(RateRow::key)
                .containsExactly(String.valueOf(unit2), String.valueOf(unit), String.valueOf(unit3));
        assertThat(table.sortedBy(RateColumn.RECTIFICATION_RATE, true).rows()).extracting(RateRow::key)
                .containsExactly(String.valueOf(unit), String.valueOf(unit2), String.valueOf(unit3));
        assertThat(table.sortedBy(RateColumn.ASSIGNED, false).rows().get(0).key()).isIn(String.valueOf(unit),
                String.valueOf(unit3));
    }

    private static Map<String, Long> counts(RateTable table) {
        return table.rows().stream().collect(Collectors.toMap(RateRow::label, r -> r.figures().assigned()));
    }

    private static Map<String, RateRow> byKey(List<RateRow> rows) {
        return rows.stream().collect(Collectors.toMap(RateRow::key, Function.identity()));
    }
}

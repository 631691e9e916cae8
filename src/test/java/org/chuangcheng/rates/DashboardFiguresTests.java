package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures against hand counts: unit-type filter, weeks, relapses, the overdue list. */
class DashboardFiguresTests extends AbstractIntegrationTests {

    static final Actor OFFICE = new Actor(-1L, "office", "office", Role.OFFICE, null);
    static final LocalDate MARCH = LocalDate.of(2017, 3, 1);
    static final LocalDate MARCH_END = LocalDate.of(2017, 3, 31);

    @Autowired
    DashboardFigures figures;

    @Autowired
    RateFigures rates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    RateFixture fixture;
    long district;
    long bureau;
    long company;
    long bureauCheckpoint;
    long companyCheckpoint;
    long standard;

    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("看板区");
        long category = fixture.category("cat");
        standard = fixture.standard(category);
        bureau = fixture.unit("局");
        company = fixture.unit("公司");
        jdbc.update("update units set type = 'ENTERPRISE' where id = ?", company);
        bureauCheckpoint = fixture.checkpoint(category, district, bureau);
        companyCheckpoint = fixture.checkpoint(category, district, company);
        // bureau: 4 with a deadline, 3 closed (2 on time), 1 overdue; company: 2 with a deadline, 0 closed, 2 overdue
        LocalDate monday = LocalDate.of(2017, 3, 6);
        LocalDate deadline = LocalDate.of(2017, 3, 10);
        fixture.problems(2, bureauCheckpoint, null, bureau, "CLOSED", monday, deadline, deadline);
        fixture.problems(1, bureauCheckpoint, null, bureau, "CLOSED", monday.plusDays(9), deadline.plusDays(9),
                deadline.plusDays(10));
        fixture.problems(1, bureauCheckpoint, null, bureau, "ASSIGNED", monday.plusDays(9), deadline.plusDays(9), null);
        fixture.problem(companyCheckpoint, company, "ASSIGNED", monday, LocalDate.of(2017, 3, 7));
        fixture.problem(companyCheckpoint, company, "RETURNED", monday.plusDays(1), LocalDate.of(2017, 3, 8));
        fixture.inspection(bureauCheckpoint, RateFixture.at(LocalDate.of(2017, 3, 20), 10), 9, 10);
        fixture.inspection(companyCheckpoint, RateFixture.at(LocalDate.of(2017, 3, 20), 10), 1, 4);
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    RateFilter march() {
        return RateFilter.period(MARCH, MARCH_END).withDistrict(district);
    }

    @Test
    void totalsWithoutUnitTypeAreTheRatesOfTheRatesPage() {
        Figures all = figures.totals(OFFICE, march(), null);
        Figures page = rates.totals(OFFICE, march());

        assertThat(all.rectificationRate()).isEqualTo(page.rectificationRate()).isEqualTo(new org.chuangcheng.shared.Ratio(3, 6));
        assertThat(all.onTimeRate()).isEqualTo(page.onTimeRate());
        assertThat(all.overdue()).isEqualTo(3);
        assertThat(all.compliance()).isEqualTo(page.compliance()).isEqualTo(new org.chuangcheng.shared.Ratio(10, 14));
    }

    @Test
    void aUnitTypeNarrowsProblemsAndComplianceToUnitsOfThatType() {
        Figures companies = figures.totals(OFFICE, march(), UnitType.ENTERPRISE);

        assertThat(companies.withDeadline()).isEqualTo(2);
        assertThat(companies.closed()).isZero();
        assertThat(companies.rectificationRate().format()).isEqualTo("0.00%");
        assertThat(companies.overdue()).isEqualTo(2);
        assertThat(companies.compliance().format()).isEqualTo("25.00%");
        // a type without problems reads "—", never 0 %
        assertThat(figures.totals(OFFICE, march(), UnitType.COMMUNITY).rectificationRate().format()).isEqualTo("—");
    }

    @Test
    void byUnitTypeSplitsTheTotalsAndHasNoProblemListFilter() {
        List<RateRow> rows = figures.breakdown(OFFICE, march(), null, Breakdown.UNIT_TYPE);

        assertThat(rows).extracting(RateRow::key).containsExactly("BUREAU", "ENTERPRISE");
        assertThat(rows.get(0).figures().rectificationRate().format()).isEqualTo("75.00%");
        assertThat(rows.get(1).figures().compliance().format()).isEqualTo("25.00%");
        assertThat(rows).allSatisfy(r -> assertThat(r.filter()).isNull());
    }

    @Test
    void weeksStartOnMondayAndEveryWeekOfThePeriodHasARow() {
        List<RateRow> weeks = figures.breakdown(OFFICE, march(), null, Breakdown.WEEK);

        assertThat(weeks).extracting(RateRow::key)
                .containsExactly("2017-02-27", "2017-03-06", "2017-03-13", "2017-03-20", "2017-03-27");
        assertThat(weeks.get(1).figures().assigned()).isEqualTo(4);
        assertThat(weeks.get(2).figures().assigned()).isEqualTo(2);
        assertThat(weeks.get(0).figures().rectificationRate().isDefined()).isFalse();
        // the first week's filter is clamped to the period
        assertThat(weeks.get(0).filter().from()).isEqualTo(MARCH);
        assertThat(weeks.get(0).filter().to()).isEqualTo(LocalDate.of(2017, 3, 5));
    }

    @Test
    void weeksCountTheEvidenceReviewedInThemWhenItWasReviewed() {
        // assigned in February (outside the period): only its reviews count in March, by the week of the review
        long problem = fixture.problem(bureauCheckpoint, bureau, "RETURNED", LocalDate.of(2017, 2, 20),
                LocalDate.of(2017, 2, 27));
        fixture.rectification(problem, "RETURNED", RateFixture.at(LocalDate.of(2017, 3, 14), 10));
        fixture.rectification(problem, "RETURNED", RateFixture.at(LocalDate.of(2017, 3, 15), 23));
        fixture.rectification(problem, "ACCEPTED", RateFixture.at(LocalDate.of(2017, 3, 21), 9));
        // the week of 27 March is only partly in the period: read from the raw rows
        fixture.rectification(problem, "ACCEPTED", RateFixture.at(LocalDate.of(2017, 3, 29), 9));

        List<RateRow> weeks = figures.breakdown(OFFICE, march(), null, Breakdown.WEEK);

        assertThat(weeks).extracting(r -> r.figures().reviewed()).containsExactly(0L, 0L, 2L, 1L, 1L);
        assertThat(weeks).extracting(r -> r.figures().returned()).containsExactly(0L, 0L, 2L, 0L, 0L);
        assertThat(weeks.get(2).figures().returnRate().format()).isEqualTo("100.00%");
        // the same by unit type (the week × unit cells) and in the totals
        assertThat(figures.breakdown(OFFICE, march(), UnitType.BUREAU, Breakdown.WEEK))
                .extracting(r -> r.figures().reviewed()).containsExactly(0L, 0L, 2L, 1L, 1L);
        assertThat(figures.breakdown(OFFICE, march(), UnitType.ENTERPRISE, Breakdown.WEEK))
                .extracting(r -> r.figures().reviewed()).containsOnly(0L);
        assertThat(figures.totals(OFFICE, march(), null).returnRate()).isEqualTo(new org.chuangcheng.shared.Ratio(2, 4));
        // a rebuild from the raw rows writes the same week cells
        assertThat(jdbc.queryForObject("select problem_statistics_rebuild()", Long.class)).isPositive();
        assertThat(figures.breakdown(OFFICE, march(), null, Breakdown.WEEK))
                .extracting(r -> r.figures().reviewed()).containsExactly(0L, 0L, 2L, 1L, 1L);
    }

    @Test
    void theOverdueListComesOldestDeadlineFirst() {
        List<OverdueProblem> overdue = figures.overdue(OFFICE, march(), null, 10);

        assertThat(overdue).extracting(OverdueProblem::deadline)
                .containsExactly(LocalDate.of(2017, 3, 7), LocalDate.of(2017, 3, 8), LocalDate.of(2017, 3, 19));
        assertThat(overdue.get(0).daysOverdue()).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2017, 3, 7), LocalDate.now(clock)));
        assertThat(figures.overdue(OFFICE, march(), UnitType.BUREAU, 10)).hasSize(1);
    }

    @Test
    void aStandardFailingAgainWithinThirtyDaysOfAClosedProblemIsARelapse() {
        LocalDate closedOn = LocalDate.of(2017, 4, 3);
        fixture.closedProblem(bureauCheckpoint, bureau, LocalDate.of(2017, 3, 27), LocalDate.of(2017, 4, 3), closedOn.minusDays(1), closedOn);
        jdbc.update("update problems set standard_id = ? where checkpoint_id = ?", standard, bureauCheckpoint);
        // 20 days after the close: a relapse; 45 days after: not one
        fixture.problems(2, bureauCheckpoint, standard, bureau, "ASSIGNED", closedOn.plusDays(20), null, null);
        fixture.problems(1, bureauCheckpoint, standard, bureau, "ASSIGNED", closedOn.plusDays(45), null, null);

        List<RelapseSpot> spots = figures.relapses(OFFICE,
                RateFilter.period(LocalDate.of(2017, 4, 4), LocalDate.of(2017, 6, 30)).withDistrict(district), null, 10);

        assertThat(spots).singleElement().satisfies(s -> {
            assertThat(s.checkpointId()).isEqualTo(bureauCheckpoint);
            assertThat(s.relapses()).isEqualTo(2);
        });
    }

    @Test
    void aLiaisonGetsOnlyHerOwnUnitsFigures() {
        Actor liaison = new Actor(-2L, "l", "l", Role.LIAISON, company);

        assertThat(figures.totals(liaison, march(), null).withDeadline()).isEqualTo(2);
        assertThat(figures.breakdown(liaison, march(), null, Breakdown.UNIT)).extracting(RateRow::key)
                .containsExactly(String.valueOf(company));
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> figures.totals(OFFICE, RateFilter.period(MARCH_END, MARCH), null))
                .isInstanceOf(InvalidRateFilter.class);
    }
}

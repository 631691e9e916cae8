package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.report.ReportStatistics;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Ratio;
import org.chuangcheng.shared.Role;
import org.chuangcheng.visit.VisitCompliance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tiles from the other features (走访率, citizen-report handling, volunteer activities) against hand counts
 * in a district of their own, in March 2017 against February, with and without a unit-type filter.
 */
class DashboardFeatureTilesTests extends AbstractIntegrationTests {

    static final Actor LEADER = new Actor(-1L, "leader", "leader", Role.LEADER, null);
    static final DashboardPeriod MARCH = new DashboardPeriod(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31));

    @Autowired
    DashboardService dashboards;

    @Autowired
    VisitCompliance visits;

    @Autowired
    ReportStatistics reports;

    @Autowired
    JdbcTemplate jdbc;

    RateFixture fixture;
    long district;
    long otherDistrict;
    long bureau;
    long company;

    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("走访区");
        otherDistrict = fixture.district("别的区");
        long category = fixture.category("cat");
        bureau = fixture.unit("局");
        company = fixture.unit("公司");
        jdbc.update("update units set type = 'ENTERPRISE' where id = ?", company);
        long bureauCheckpoint = fixture.checkpoint(category, district, bureau);
        long bureauCheckpoint2 = fixture.checkpoint(category, district, bureau);
        long companyCheckpoint = fixture.checkpoint(category, district, company);
        long leader = account("leader");
        long head = account("head");
        fixture.pair(bureauCheckpoint, leader);
        fixture.pair(bureauCheckpoint2, head);
        fixture.pair(companyCheckpoint, leader);

        // visits: March 2 of 3 pairings (the second bureau checkpoint was visited by another leader: not hers);
        // February 1 of 3
        fixture.visit(bureauCheckpoint, leader, LocalDate.of(2017, 3, 5));
        fixture.visit(bureauCheckpoint, leader, LocalDate.of(2017, 3, 6));
        fixture.visit(bureauCheckpoint2, leader, LocalDate.of(2017, 3, 7));
        fixture.visit(companyCheckpoint, leader, LocalDate.of(2017, 3, 31));
        fixture.visit(bureauCheckpoint, leader, LocalDate.of(2017, 2, 14));

        // citizen reports dispatched in March: the bureau's 2 of 3 resolved, the company's 0 of 1; February 1 of 1
        LocalDate day = LocalDate.of(2017, 3, 10);
        fixture.citizenReport(fixture.problem(bureauCheckpoint, bureau, "ASSIGNED", day, day.plusDays(5)),
                "RESOLVED", day);
        fixture.citizenReport(fixture.problem(bureauCheckpoint, bureau, "ASSIGNED", day, day.plusDays(5)), "REPLIED", day);
        fixture.citizenReport(fixture.problem(bureauCheckpoint2, bureau, "ASSIGNED", day, day.plusDays(5)),
                "DISPATCHED", day);
        fixture.citizenReport(fixture.problem(companyCheckpoint, company, "ASSIGNED", day, day.plusDays(5)),
                "DISPATCHED", day);
        fixture.citizenReport(fixture.problem(bureauCheckpoint, bureau, "ASSIGNED", day.minusMonths(1),
                day.minusMonths(1).plusDays(5)), "RESOLVED", day.minusMonths(1));

        // activities: March the bureau 2 (10 + 5), the company 1 (7), one elsewhere; February the bureau 1 (4)
        fixture.activity(bureau, district, LocalDate.of(2017, 3, 3), 10);
        fixture.activity(bureau, district, LocalDate.of(2017, 3, 20), 5);
        fixture.activity(company, district, LocalDate.of(2017, 3, 10), 7);
        fixture.activity(bureau, otherDistrict, LocalDate.of(2017, 3, 11), 50);
        fixture.activity(bureau, district, LocalDate.of(2017, 2, 15), 4);
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    long account(String username) {
        return jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
    }

    @Test
    void theDistrictsTilesAreItsVisitsReportsAndActivitiesAgainstTheMonthBefore() {
        Dashboard d = dashboards.dashboard(LEADER, MARCH, district, null);

        assertThat(d.tile("visits").value()).isEqualTo("66.67%");
        assertThat(d.tile("visits").fraction()).isEqualTo("2/3");
        assertThat(d.tile("visits").change()).isEqualTo("+33.34");
        assertThat(d.tile("visits").better()).isEqualTo(1);
        assertThat(d.tile("visits").link()).isEqualTo("/visits/compliance?month=2017-03");

        assertThat(d.tile("reportHandling").value()).isEqualTo("50.00%");
        assertThat(d.tile("reportHandling").fraction()).isEqualTo("2/4");
        assertThat(d.tile("reportHandling").change()).isEqualTo("-50.00");
        assertThat(d.tile("reportHandling").better()).isEqualTo(-1);
        assertThat(d.tile("reportHandling").link()).isEqualTo("/reports/figures?from=2017-03-01&to=2017-03-31");

        assertThat(d.tile("activities").value()).isEqualTo("3");
        assertThat(d.tile("activities").change()).isEqualTo("+2");
        assertThat(d.tile("personTimes").value()).isEqualTo("22");
        assertThat(d.tile("personTimes").change()).isEqualTo("+18");
        assertThat(d.tile("activities").link())
                .isEqualTo("/activities?from=2017-03&to=2017-03&districtId=" + district);
    }

    @Test
    void aUnitTypeNarrowsTheTilesToTheUnitsOfThatType() {
        Dashboard companies = dashboards.dashboard(LEADER, MARCH, district, UnitType.ENTERPRISE);

        assertThat(companies.tile("visits").fraction()).isEqualTo("1/1");
        assertThat(companies.tile("visits").change()).isEqualTo("+100.00");
        assertThat(companies.tile("reportHandling").fraction()).isEqualTo("0/1");
        assertThat(companies.tile("reportHandling").change()).isNull();
        assertThat(companies.tile("activities").value()).isEqualTo("1");
        assertThat(companies.tile("personTimes").value()).isEqualTo("7");

        Dashboard bureaus = dashboards.dashboard(LEADER, MARCH, district, UnitType.BUREAU);
        assertThat(bureaus.tile("visits").fraction()).isEqualTo("1/2");
        assertThat(bureaus.tile("reportHandling").fraction()).isEqualTo("2/3");
        assertThat(bureaus.tile("personTimes").value()).isEqualTo("15");
    }

    @Test
    void overSeveralMonthsEachPairingCountsOncePerMonth() {
        // February 1 of 3, March 2 of 3
        assertThat(visits.rate(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 31), district, null))
                .isEqualTo(Ratio.of(3, 6));
        // a part of a month counts the visits on its days only: March 1-10 has the bureau's visit, not the company's
        assertThat(visits.rate(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 10), district, null))
                .isEqualTo(Ratio.of(1, 3));
    }

    @Test
    void theDashboardsFiguresAgreeWithEachFeaturesOwnOverTheWholeCity() {
        YearMonth month = YearMonth.of(2017, 3);
        assertThat(visits.rate(month.atDay(1), month.atEndOfMonth(), null, null)).isEqualTo(visits.city(month));
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate to = LocalDate.of(2017, 12, 31);
        assertThat(ReportStatistics.Handling.rate(reports.handling(from, to)))
                .isEqualTo(reports.figures(from, to).handlingRate());
    }
}

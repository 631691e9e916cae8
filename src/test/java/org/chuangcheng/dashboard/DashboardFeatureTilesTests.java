package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.security.test.context.support.WithUserDetails;

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
        assertThat(d.tile("visits").link())
                .isEqualTo("/visits/compliance?from=2017-03-01&to=2017-03-31&districtId=" + district);

        assertThat(d.tile("reportHandling").value()).isEqualTo("50.00%");
        assertThat(d.tile("reportHandling").fraction()).isEqualTo("2/4");
        assertThat(d.tile("reportHandling").change()).isEqualTo("-50.00");
        assertThat(d.tile("reportHandling").better()).isEqualTo(-1);
        assertThat(d.tile("reportHandling").link())
                .isEqualTo("/reports/figures?from=2017-03-01&to=2017-03-31&districtId=" + district);

        assertThat(d.tile("activities").value()).isEqualTo("3");
        assertThat(d.tile("activities").change()).isEqualTo("+2");
        assertThat(d.tile("personTimes").value()).isEqualTo("22");
        assertThat(d.tile("personTimes").change()).isEqualTo("+18");
        assertThat(d.tile("activities").link())
                .isEqualTo("/activities?from=2017-03-01&to=2017-03-31&districtId=" + district);
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

        assertThat(companies.tile("visits").link()).endsWith("&districtId=" + district + "&unitType=ENTERPRISE");
        assertThat(companies.tile("reportHandling").link()).endsWith("&districtId=" + district + "&unitType=ENTERPRISE");
        assertThat(companies.tile("activities").link()).endsWith("&districtId=" + district + "&unitType=ENTERPRISE");

        Dashboard bureaus = dashboards.dashboard(LEADER, MARCH, district, UnitType.BUREAU);
        assertThat(bureaus.tile("visits").fraction()).isEqualTo("1/2");
        assertThat(bureaus.tile("reportHandling").fraction()).isEqualTo("2/3");
        assertThat(bureaus.tile("personTimes").value()).isEqualTo("15");
    }

    /** Each tile's link opens its feature's page, which shows the tile's figure by its own query. */
    @Test
    @WithUserDetails("leader")
    void everyFeatureTileOpensItsRecordsWithTheSameFilter() throws Exception {
        Dashboard companies = dashboards.dashboard(LEADER, MARCH, district, UnitType.ENTERPRISE);
        // the company's one pairing, visited on March 31
        mvc.perform(get(companies.tile("visits").link())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"city-rate\">100.00%<")))
                .andExpect(content().string(containsString("id=\"city-counts\">已走访 1 / 包联 1<")));
        // one report dispatched to the company, not resolved; each count opens its reports
        mvc.perform(get(companies.tile("reportHandling").link())).andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*id=\"fig-dispatched\"[^>]*>1</a>.*")))
                .andExpect(content().string(matchesRegex("(?s).*id=\"fig-resolved\"[^>]*>0</a>.*")));
        mvc.perform(get("/reports").param("from", "2017-03-01").param("to", "2017-03-31")
                        .param("districtId", String.valueOf(district)).param("unitType", "ENTERPRISE")
                        .param("stage", "DISPATCHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-filter-total\">共 1 条<")));
        // the company's one activity of 7
        mvc.perform(get(companies.tile("activities").link())).andExpect(status().isOk())
                .andExpect(content().string(containsString("合计：1 批次，7 人次")));

        Dashboard all = dashboards.dashboard(LEADER, MARCH, district, null);
        mvc.perform(get(all.tile("visits").link())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"city-counts\">已走访 2 / 包联 3<")));
        mvc.perform(get(all.tile("reportHandling").link())).andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*id=\"fig-dispatched\"[^>]*>4</a>.*")))
                .andExpect(content().string(matchesRegex("(?s).*id=\"fig-resolved\"[^>]*>2</a>.*")));
        mvc.perform(get("/reports").param("from", "2017-03-01").param("to", "2017-03-31")
                        .param("districtId", String.valueOf(district)).param("stage", "RESOLVED"))
                .andExpect(content().string(containsString("id=\"report-filter-total\">共 2 条<")));
        mvc.perform(get(all.tile("activities").link())).andExpect(status().isOk())
                .andExpect(content().string(containsString("合计：3 批次，22 人次")));
    }

    /** A mangled filter on the pages the tiles open gives a message or a 400, never a 500. */
    @Test
    @WithUserDetails("leader")
    void aBadDrillDownFilterGivesAMessageNotAnError() throws Exception {
        mvc.perform(get("/activities").param("from", "2017-13").param("to", "2017-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("起止时间未纳入筛选")));
        mvc.perform(get("/visits/compliance").param("from", "2017-03-31").param("to", "2017-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已改为显示本月")));
        mvc.perform(get("/reports/figures").param("from", "2017-03-31").param("to", "2017-03-01")
                        .param("districtId", String.valueOf(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择有效的起止日期")))
                .andExpect(content().string(containsString("id=\"figures-narrowed\"")));
        mvc.perform(get("/reports").param("from", "yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/visits/compliance").param("unitType", "NOPE")).andExpect(status().isBadRequest());
    }

    /** The ranking's citizen-report component opens the unit's own reports of the month, not the city's figures. */
    @Test
    @WithUserDetails("leader")
    void aUnitsReportComponentOpensItsOwnDispatchedReportsOfTheMonth() throws Exception {
        String link = org.chuangcheng.ranking.web.RankingLinks.to(org.chuangcheng.ranking.RankingComponent.REPORTS,
                bureau, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31));
        assertThat(link).isEqualTo("/reports?unitId=" + bureau + "&from=2017-03-01&to=2017-03-31&stage=DISPATCHED");
        // the bureau's three of March (two resolved), not February's, not the company's
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-filter-total\">共 3 条<")));
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

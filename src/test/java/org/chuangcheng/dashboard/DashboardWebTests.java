package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.rates.RateFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who reaches the dashboard, the wall screen and their JSON; bad filters; figures linked to their records. */
class DashboardWebTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    RateFixture fixture;
    long district;
    long unit;

    /** 2015-06 in a district of its own: 4 with a deadline, 3 closed, 1 overdue. */
    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("驾驶舱区");
        unit = fixture.unit("驾驶舱单位");
        long checkpoint = fixture.checkpoint(fixture.category("cat"), district, unit);
        LocalDate assigned = LocalDate.of(2015, 6, 2);
        fixture.problems(3, checkpoint, null, unit, "CLOSED", assigned, assigned.plusDays(5), assigned.plusDays(5));
        fixture.problems(1, checkpoint, null, unit, "ASSIGNED", assigned, assigned.plusDays(5), null);
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/dashboard/screen")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/dashboard/data")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonCannotSeeTheCityWideDashboard() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/screen")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/data")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("inspector")
    void anInspectorCannotSeeTheDashboard() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderSeesTheDashboardWithEveryTileLinkedToItsRecords() throws Exception {
        String problems = "/problems?districtId=" + district + "&amp;from=2015-06-01&amp;to=2015-06-30";
        mvc.perform(get("/dashboard").param("period", "custom").param("from", "2015-06-01").param("to", "2015-06-30")
                        .param("districtId", String.valueOf(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tile-rectificationRate\"")))
                .andExpect(content().string(containsString("75.00%")))
                .andExpect(content().string(containsString("3/4")))
                .andExpect(content().string(containsString(problems + "&amp;scope=withDeadline")))
                .andExpect(content().string(containsString(problems + "&amp;scope=overdue")))
                .andExpect(content().string(containsString("/tasks?districtId=" + district)))
                .andExpect(content().string(containsString("/problems?unitId=" + unit)))
                .andExpect(content().string(containsString("领导驾驶舱")));
    }

    @Test
    @WithUserDetails("office")
    void theChartDataIsTheSameFiguresAsJsonWithNullForRatesOverNothing() throws Exception {
        mvc.perform(get("/dashboard/data").param("from", "2015-06-01").param("to", "2015-06-30")
                        .param("districtId", String.valueOf(district)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tiles", hasSize(10)))
                .andExpect(jsonPath("$.tiles[6].id").value("visits"))
                .andExpect(jsonPath("$.tiles[9].id").value("personTimes"))
                .andExpect(jsonPath("$.tiles[0].id").value("rectificationRate"))
                .andExpect(jsonPath("$.tiles[0].value").value("75.00%"))
                .andExpect(jsonPath("$.months.labels[0]").value("2015-06"))
                .andExpect(jsonPath("$.months.values[0]").value(75.00))
                .andExpect(jsonPath("$.weeks.values[0]").value(75.00))
                .andExpect(jsonPath("$.weeks.values[1]").doesNotExist())
                .andExpect(jsonPath("$.overdueTotal").value(1));
    }

    @Test
    @WithUserDetails("admin")
    void badFiltersGiveAMessageNeverAnError() throws Exception {
        mvc.perform(get("/dashboard").param("period", "someday"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("统计期间无效")));
        mvc.perform(get("/dashboard").param("period", "custom").param("from", "2020-02-01").param("to", "2020-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("开始日期晚于结束日期")));
        mvc.perform(get("/dashboard").param("from", "2010-01-01").param("to", "2020-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能超过五年")));
        mvc.perform(get("/dashboard").param("districtId", "abc").param("from", "not-a-date"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("格式不正确")));
        mvc.perform(get("/dashboard").param("districtId", String.valueOf(unit)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选区县不存在")));
        mvc.perform(get("/dashboard").param("from", "1990-01-01").param("to", "1990-06-30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2000 年至 2100 年")));
        mvc.perform(get("/dashboard").param("unitType", "PLANET"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选单位类型不存在")));
        mvc.perform(get("/dashboard/data").param("unitType", "PLANET")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("leader")
    void theWallScreenLoadsItsDataFromTheJsonEndpointAndRefreshesEveryMinute() throws Exception {
        mvc.perform(get("/dashboard/screen").param("unitType", "BUREAU"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-refresh-seconds=\"60\"")))
                .andExpect(content().string(containsString("/dashboard/data?period=thisYear")))
                .andExpect(content().string(containsString("unitType=BUREAU")))
                .andExpect(content().string(containsString("id=\"screen-stale\"")));
    }

    @Test
    @WithUserDetails("leader")
    void thePageCarriesItsChartsDataSoThatAViewComputesTheDashboardOnce() throws Exception {
        String page = mvc.perform(get("/dashboard").param("period", "thisYear"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String data = mvc.perform(get("/dashboard/data").param("period", "thisYear"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String initial = org.springframework.web.util.HtmlUtils.htmlUnescape(
                page.replaceAll("(?s).*data-initial=\"([^\"]*)\".*", "$1"));
        // the same figures as the endpoint (only the moment they were computed at may differ)
        assertThat(initial.replaceAll("\"updatedAt\":\"[^\"]*\"", ""))
                .isEqualTo(data.replaceAll("\"updatedAt\":\"[^\"]*\"", ""));
    }

    @Test
    @WithUserDetails("leader")
    void theLeadersHomePageShowsTheHeadlineTilesAndHerPairedCheckpoints() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-headline\"")))
                .andExpect(content().string(containsString("id=\"home-paired\"")))
                .andExpect(content().string(containsString("id=\"tile-visits\"")))
                .andExpect(content().string(containsString("id=\"tile-reportHandling\"")))
                .andExpect(content().string(containsString("id=\"tile-personTimes\"")));
    }

    @Test
    @WithUserDetails("leader")
    void withAUnitTypeTheProblemLinksCarryIt() throws Exception {
        String problems = "/problems?unitType=BUREAU&amp;districtId=" + district + "&amp;from=2015-06-01&amp;to=2015-06-30";
        String page = mvc.perform(get("/dashboard").param("period", "custom").param("from", "2015-06-01")
                        .param("to", "2015-06-30").param("districtId", String.valueOf(district)).param("unitType", "BUREAU"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(problems + "&amp;scope=withDeadline")))
                .andExpect(content().string(containsString(problems + "&amp;scope=overdue")))
                .andExpect(content().string(containsString("/problems?unitId=" + unit + "&amp;unitType=BUREAU")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/problems?districtId=" + district);
        mvc.perform(get("/dashboard/data").param("from", "2015-06-01").param("to", "2015-06-30")
                        .param("districtId", String.valueOf(district)).param("unitType", "BUREAU"))
                .andExpect(jsonPath("$.months.links[0]").value(
                        "/problems?unitType=BUREAU&districtId=" + district + "&from=2015-06-01&to=2015-06-30&scope=assigned"));
    }

    @Test
    @WithUserDetails("office")
    void theOfficesHomePageShowsItsQueuesWithCounts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-headline\"")))
                .andExpect(content().string(containsString("id=\"home-queues\"")));
    }
}

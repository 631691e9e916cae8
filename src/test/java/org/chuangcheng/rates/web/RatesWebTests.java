package org.chuangcheng.rates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.rates.RateTable;
import org.chuangcheng.rates.RateFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The rates page and JSON endpoint: who may read them, what a liaison gets, and that the numbers on
 * screen are the hand count of the fixture.
 */
class RatesWebTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    long unit;
    String unitName;
    long liaisonUnit;

    RateFixture fixture;

    /** 2018-03: 12 assigned (2 cancelled more), 10 with a deadline, 7 closed (5 on time), 3 overdue. */
    @BeforeEach
    void handCountedFixture() {
        fixture = new RateFixture(jdbc);
        unit = fixture.unit("测试单位");
        unitName = fixture.unitName(unit);
        long checkpoint = fixture.checkpoint(fixture.category("cat"), fixture.district("测试区"), unit);
        liaisonUnit = jdbc.queryForObject("select unit_id from accounts where username = 'liaison'", Long.class);
        LocalDate assigned = LocalDate.of(2018, 3, 5);
        LocalDate deadline = LocalDate.of(2018, 3, 12);
        fixture.problems(5, checkpoint, null, unit, "CLOSED", assigned, deadline, deadline);
        fixture.problems(2, checkpoint, null, unit, "CLOSED", assigned, deadline, deadline.plusDays(1));
        fixture.problems(3, checkpoint, null, unit, "RETURNED", assigned, deadline, null);
        fixture.problems(2, checkpoint, null, unit, "ASSIGNED", assigned, null, null);
        fixture.problems(2, checkpoint, null, unit, "CANCELLED", assigned, deadline, null);
    }

    @AfterEach
    void removeFixture() {
        fixture.delete();
    }

    private String march() {
        return "period=custom&from=2018-03-01&to=2018-03-31";
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/rates")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "admin", "leader", "inspector", "liaison"})
    void everySignedInRoleReadsThePage(String username) throws Exception {
        mvc.perform(get("/rates").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(loadUser(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rates-filter\"")));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.security.core.userdetails.UserDetails loadUser(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    @WithUserDetails("office")
    void theNumbersOnThePageAreTheHandCountAndLinkToTheProblemsBehindThem() throws Exception {
        String html = mvc.perform(get("/rates?" + march() + "&unitId=" + unit + "&groupBy=unit"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(cell(html, "total-assigned")).isEqualTo("12");
        assertThat(cell(html, "total-withDeadline")).isEqualTo("10");
        assertThat(cell(html, "total-closed")).isEqualTo("7");
        assertThat(cell(html, "total-rectificationRate")).isEqualTo("70.00%");
        assertThat(cell(html, "total-due")).isEqualTo("10");
        assertThat(cell(html, "total-onTime")).isEqualTo("5");
        assertThat(cell(html, "total-onTimeRate")).isEqualTo("50.00%");
        assertThat(cell(html, "total-overdue")).isEqualTo("3");
        assertThat(cell(html, "total-returnRate")).isEqualTo("—");
        assertThat(cell(html, "total-compliance")).isEqualTo("—");
        assertThat(html).contains("/problems?unitId=" + unit + "&amp;from=2018-03-01&amp;to=2018-03-31&amp;scope=closed")
                .contains("/problems?unitId=" + unit + "&amp;from=2018-03-01&amp;to=2018-03-31&amp;scope=overdue")
                .contains(unitName)
                .contains("data-chart-value=\"70.00\"")
                .doesNotContain("id=\"rates-confined\"");
    }

    @Test
    @WithUserDetails("office")
    void eachGroupingRendersWithTheSameTotals() throws Exception {
        for (String groupBy : new String[] {"unit", "district", "category", "standard", "month"}) {
            String html = mvc.perform(get("/rates?" + march() + "&unitId=" + unit + "&groupBy=" + groupBy
                            + "&sort=rectificationRate,desc"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(cell(html, "total-closed")).as(groupBy).isEqualTo("7");
        }
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonSeesOnlyHerOwnUnitWhateverUnitSheAsksFor() throws Exception {
        MvcResult result = mvc.perform(get("/rates?" + march() + "&unitId=" + unit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rates-confined\"")))
                .andExpect(content().string(not(containsString(unitName))))
                .andReturn();
        RateTable table = (RateTable) result.getModelAndView().getModel().get("table");
        assertThat(table.filter().unitId()).isEqualTo(liaisonUnit);
        assertThat(table.confinedToUnit()).isTrue();
        assertThat(table.totals().assigned()).isZero();
    }

    @Test
    @WithUserDetails("office")
    void aReversedPeriodOrAMangledParameterIsExplainedNotAnError() throws Exception {
        mvc.perform(get("/rates?period=custom&from=2018-03-31&to=2018-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rates-error\"")))
                .andExpect(model().attribute("table", nullValue()));
        mvc.perform(get("/rates?unitId=abc&groupBy=nonsense&sort=bogus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rates-error\"")));
    }

    @Test
    void anonymousJsonCallersGet401JsonNotTheSignInPage() throws Exception {
        mvc.perform(get("/api/rates"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void jsonCallersMaySignInWithHttpBasic() throws Exception {
        mvc.perform(get("/api/rates?from=2018-03-01&to=2018-03-31&unitId=" + unit).with(httpBasic("leader", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.assigned").value(12));
    }

    @Test
    @WithUserDetails("inspector")
    void theJsonCarriesTheSameFiguresWithRatesAsPercentagesOrNull() throws Exception {
        mvc.perform(get("/api/rates?from=2018-03-01&to=2018-03-31&unitId=" + unit + "&groupBy=month"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.filter.from").value("2018-03-01"))
                .andExpect(jsonPath("$.filter.unitId").value(unit))
                .andExpect(jsonPath("$.groupBy").value("month"))
                .andExpect(jsonPath("$.confinedToUnit").value(false))
                .andExpect(jsonPath("$.totals.assigned").value(12))
                .andExpect(jsonPath("$.totals.withDeadline").value(10))
                .andExpect(jsonPath("$.totals.closed").value(7))
                .andExpect(jsonPath("$.totals.rectificationRatePercent").value(70.00))
                .andExpect(jsonPath("$.totals.onTimeRatePercent").value(50.00))
                .andExpect(jsonPath("$.totals.overdue").value(3))
                .andExpect(jsonPath("$.totals.returnRatePercent").value(nullValue()))
                .andExpect(jsonPath("$.totals.compliancePercent").value(nullValue()))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].key").value("2018-03"))
                .andExpect(jsonPath("$.rows[0].figures.closed").value(7));
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonGetsOnlyHerUnitsFiguresAsJson() throws Exception {
        mvc.perform(get("/api/rates?from=2018-03-01&to=2018-03-31&unitId=" + unit + "&groupBy=unit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.unitId").value(liaisonUnit))
                .andExpect(jsonPath("$.confinedToUnit").value(true))
                .andExpect(jsonPath("$.totals.assigned").value(0))
                .andExpect(jsonPath("$.totals.rectificationRatePercent").value(nullValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2018-13-01", "to=yesterday", "unitId=abc", "groupBy=week",
        "from=2018-03-31&to=2018-03-01", "from=1990-01-01&to=2018-01-01&groupBy=month"})
    @WithUserDetails("office")
    void badParametersAnswer400JsonWithAMessage(String query) throws Exception {
        mvc.perform(get("/api/rates?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    @WithUserDetails("office")
    void withoutParametersTheJsonGivesThisMonthsTotals() throws Exception {
        mvc.perform(get("/api/rates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value(nullValue()))
                .andExpect(jsonPath("$.rows.length()").value(0))
                .andExpect(jsonPath("$.totals.assigned").isNumber());
    }

    @Test
    @WithUserDetails("leader")
    void officeAndLeadersFindTheRatesFromTheirHomePage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-rates\"")))
                .andExpect(content().string(containsString("id=\"nav-rates\"")));
    }

    /** The text of a cell, from inside its link or span. */
    private static String cell(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<(?:a|span)[^>]*>([^<]*)</").matcher(html);
        assertThat(m.find()).as("cell " + id).isTrue();
        return m.group(1).trim();
    }
}

package org.chuangcheng.problem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.shared.CappedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The office's list totals at scale: a filter the statistics cannot answer (a status, a text search, a queue) is
 * counted only up to {@code app.problems.count-cap} (here 3, so five problems pass it) and the pager then says
 * "more than" in both languages while still offering the next page; "all" (statistics plus the cancelled ones)
 * and the figures' scopes stay exact; a count under the cap is exact.
 */
class ProblemListTotalsTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProblemManagement problems;

    RateFixture fixture;
    long district;

    /** April 2014 in a district of its own: 5 assigned, 1 closed, 2 cancelled. */
    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("计数区");
        long category = fixture.category("cat");
        long unit = fixture.unit("计数单位");
        long checkpoint = fixture.checkpoint(category, district, unit);
        LocalDate day = LocalDate.of(2014, 4, 8);
        fixture.problems(5, checkpoint, null, unit, "ASSIGNED", day, day.plusDays(5), null);
        fixture.problems(1, checkpoint, null, unit, "CLOSED", day, day.plusDays(5), day.plusDays(4));
        fixture.problems(2, checkpoint, null, unit, "CANCELLED", day, null, null);
        countCap(3);
    }

    @AfterEach
    void tearDown() {
        countCap(CappedPage.COUNT_CAP);
        fixture.delete();
    }

    void countCap(int cap) {
        Object target = AopTestUtils.getTargetObject(problems);
        ReflectionTestUtils.setField(target, "countCap", cap);
    }

    MvcResult request(String query, String language) throws Exception {
        return mvc.perform(get("/problems?districtId=" + district + "&from=2014-04-01&to=2014-04-30&size=2&lang="
                + language + "&" + query)).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    Page<Problem> list(String query) throws Exception {
        return (Page<Problem>) request(query, "zh_CN").getModelAndView().getModel().get("page");
    }

    @Test
    @WithUserDetails("office")
    void aBroadFilterIsCountedUpToTheCapAndSaysSo() throws Exception {
        Page<Problem> assigned = list("status=ASSIGNED");
        assertThat(assigned).isInstanceOf(CappedPage.class);
        assertThat(assigned.getTotalElements()).isEqualTo(3);
        assertThat(assigned.hasNext()).isTrue();
        // the third page (past the cap) still lists; a short page is the last, and its total is then exact
        Page<Problem> third = list("status=ASSIGNED&page=2");
        assertThat(third.getContent()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        assertThat(request("status=ASSIGNED&page=2", "zh_CN").getResponse().getContentAsString())
                .contains("第 3 / 3 页，共 5 条").doesNotContain("条以上");

        String zh = request("status=ASSIGNED", "zh_CN").getResponse().getContentAsString();
        assertThat(zh).contains("第 1 页，共 3 条以上").contains("下一页");
        String en = request("status=ASSIGNED", "en").getResponse().getContentAsString();
        assertThat(en).contains("Page 1, more than 3 in all");

        assertThat(list("q=rates").getTotalElements()).isEqualTo(3);
        assertThat(list("scope=open")).isInstanceOf(CappedPage.class);
    }

    @Test
    @WithUserDetails("office")
    void exactTotalsStayExact() throws Exception {
        // all = the statistics' assigned figure (6) plus the cancelled ones (2), past the cap and exact
        Page<Problem> all = list("");
        assertThat(all).isNotInstanceOf(CappedPage.class);
        assertThat(all.getTotalElements()).isEqualTo(8);
        assertThat(list("scope=assigned").getTotalElements()).isEqualTo(6);
        // under the cap: counted exactly
        Page<Problem> closed = list("status=CLOSED");
        assertThat(closed).isNotInstanceOf(CappedPage.class);
        assertThat(closed.getTotalElements()).isEqualTo(1);
        assertThat(list("status=CANCELLED").getTotalElements()).isEqualTo(2);
        String page = request("", "zh_CN").getResponse().getContentAsString();
        assertThat(page).contains("第 1 / 4 页，共 8 条").doesNotContain("条以上");
    }
}

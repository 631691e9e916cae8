package org.chuangcheng.ranking;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role against each ranking endpoint; a stale close is a 409; bad input a message. */
class RankingWebTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        jdbc.update("delete from ranking_entries where edition_id in (select id from ranking_editions where month like '2014-%')");
        jdbc.update("delete from ranking_editions where month like '2014-%'");
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonSeesNoRankingAndCannotCloseOrSetWeights() throws Exception {
        mvc.perform(get("/rankings")).andExpect(status().isForbidden());
        mvc.perform(post("/rankings/2014-03/close").with(csrf()).param("editions", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/rankings/settings")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("inspector")
    void anInspectorSeesNoRanking() throws Exception {
        mvc.perform(get("/rankings")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderReadsTheRankingButCannotCloseReopenOrSetWeights() throws Exception {
        mvc.perform(get("/rankings")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ranking-state\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"ranking-close\""))));
        mvc.perform(post("/rankings/2014-03/close").with(csrf()).param("editions", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/rankings/2014-03/reopen").with(csrf()).param("editions", "1").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rankings/settings")).andExpect(status().isForbidden());
        mvc.perform(post("/rankings/settings").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSetsWeightsButDoesNotClose() throws Exception {
        mvc.perform(get("/rankings/settings")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"settings-form\"")));
        mvc.perform(post("/rankings/settings").with(csrf()).param("version", "0").param("minSample", "0")
                        .param("rectification", "-1").param("onTime", "abc").param("compliance", "10").param("tasks", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最小样本须为 1 至 1000 的整数")))
                .andExpect(content().string(containsString("权重须为 0 至 100")));
        mvc.perform(post("/rankings/2014-03/close").with(csrf()).param("editions", "0")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void settingsSavedOverSomebodyElsesAreAConflict() throws Exception {
        mvc.perform(post("/rankings/settings").with(csrf()).param("version", "-5").param("minSample", "5")
                        .param("rectification", "40").param("onTime", "30").param("compliance", "20").param("tasks", "10")
                        .param("visits", "0").param("reports", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("office")
    void theOfficeClosesAMonthAndAStaleCloseIsAConflict() throws Exception {
        mvc.perform(get("/rankings").param("month", "2014-03")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ranking-close\"")));
        mvc.perform(post("/rankings/2014-03/close").with(csrf()).param("editions", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "ranking.closed"));
        mvc.perform(post("/rankings/2014-03/close").with(csrf()).param("editions", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/rankings/2014-03/reopen").with(csrf()).param("editions", "1").param("reason", ""))
                .andExpect(flash().attribute("failure", "ranking.reopen.reasonRequired"));
        mvc.perform(get("/rankings").param("month", "2014-03")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ranking-reopen\"")))
                .andExpect(content().string(containsString("口径")));
    }

    @Test
    @WithUserDetails("office")
    void badMonthsGiveAMessage() throws Exception {
        mvc.perform(get("/rankings").param("month", "2014-13")).andExpect(status().isOk())
                .andExpect(content().string(containsString("月份无效")));
        mvc.perform(get("/rankings").param("month", "2999-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("月份无效")));
        mvc.perform(get("/rankings").param("month", "0000-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("月份无效")));
        mvc.perform(post("/rankings/0000-01/close").with(csrf()).param("editions", "0"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/rankings").param("month", "2014-03").param("edition", "7")).andExpect(status().isNotFound());
        mvc.perform(post("/rankings/garbage/close").with(csrf()).param("editions", "0"))
                .andExpect(status().is4xxClientError());
    }
}

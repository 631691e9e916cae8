package org.chuangcheng.problem.statistics.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Only an administrator sees the statistics page and rebuilds the statistics; the form asks before it posts. */
class StatisticsControllerTests extends AbstractIntegrationTests {

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheStatisticsAndTheRebuildButtonWithAConfirmation() throws Exception {
        mvc.perform(get("/admin/statistics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"statistics-summary\"")))
                .andExpect(content().string(containsString("data-confirm=")))
                .andExpect(content().string(containsString("与问题数据一致")));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorRebuildsTheStatistics() throws Exception {
        mvc.perform(post("/admin/statistics/rebuild").with(csrf()))
                .andExpect(redirectedUrl("/admin/statistics"))
                .andExpect(flash().attribute("success", "statistics.rebuilt"));
    }

    @Test
    @WithUserDetails("office")
    void theOfficeMayNeitherSeeNorRebuildTheStatistics() throws Exception {
        mvc.perform(get("/admin/statistics")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/statistics/rebuild").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderMayNotRebuildTheStatistics() throws Exception {
        mvc.perform(post("/admin/statistics/rebuild").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/statistics")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/statistics/rebuild").with(csrf())).andExpect(redirectedUrl("/login"));
    }
}

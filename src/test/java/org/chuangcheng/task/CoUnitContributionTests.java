package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/** Co-units (配合单位) report their own figures; the task adds them up; unusual figures ask to be confirmed. */
class CoUnitContributionTests extends AbstractIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Task task;
    Long lead;
    Long co;

    @BeforeEach
    void aTaskLedByTheCityManagementWithTheMarketRegulatorHelping() {
        lead = units.findByName("市城管局").orElseThrow().getId();
        co = units.findByName("市市场监管局").orElseThrow().getId();
        task = tasks.create(actor("office"), new TaskDetails("配合单位测试-" + UUID.randomUUID(), "1", "店招店牌规范",
                "规范店招店牌", null, null, lead, List.of(co), tasks.today(), tasks.today().plusDays(30),
                new BigDecimal("3600"), "块", TaskPriority.NORMAL));
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    long version() {
        return jdbc.queryForObject("select version from tasks where id = ?", Long.class, task.getId());
    }

    ResultActions report(String username, String quantity, String... extra) throws Exception {
        var request = multipart("/tasks/" + task.getId() + "/report").with(user(users.loadUserByUsername(username)))
                .with(csrf()).param("version", "" + version()).param("text", "本单位进展").param("quantityDone", quantity);
        for (int i = 0; i < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return mvc.perform(request);
    }

    Map<Long, BigDecimal> figures() {
        return tasks.get(actor("office"), task.getId()).getContributions();
    }

    @Test
    void aCoUnitLiaisonNeverOverwritesTheLeadUnitsFigure() throws Exception {
        report("liaison2", "2000").andExpect(status().is3xxRedirection());
        // a hand-made request naming the lead unit changes nothing: the unit is the liaison's own
        report("liaison", "900", "unitId", "" + lead, "unit", "" + lead).andExpect(status().is3xxRedirection());
        report("liaison", "1200").andExpect(status().is3xxRedirection());

        assertThat(figures().get(lead)).isEqualByComparingTo("2000");
        assertThat(figures().get(co)).isEqualByComparingTo("1200");
        assertThat(tasks.get(actor("office"), task.getId()).getQuantityDone()).isEqualByComparingTo("3200");

        // the office reports for the lead unit: the co-unit's figure stays
        report("office", "2100").andExpect(status().is3xxRedirection());
        assertThat(figures().get(co)).isEqualByComparingTo("1200");
        assertThat(figures().get(lead)).isEqualByComparingTo("2100");

        // the report form starts from the unit's own figure, not the task's total
        mvc.perform(get("/tasks/" + task.getId() + "/report").with(user(users.loadUserByUsername("liaison"))))
                .andExpect(content().string(containsString("value=\"1200")))
                .andExpect(content().string(containsString("本单位累计完成数量")))
                .andExpect(content().string(containsString("其他单位已完成 2100 块")));
    }

    @Test
    void theTaskPageShowsEachUnitsFigureAndTheTotal() throws Exception {
        report("liaison2", "2000").andExpect(status().is3xxRedirection());
        report("liaison", "1200").andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/tasks/" + task.getId()).with(user(users.loadUserByUsername("liaison"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"contributions\""), page.indexOf("</table>", page.indexOf("id=\"contributions\"")));
        assertThat(table).contains("市城管局", "2000 块", "市市场监管局", "1200 块", "合计", "3200 / 3600 块");
    }

    @Test
    void aTotalAboveTheTargetAsksForConfirmationAndAnAbsurdOneIsRefused() throws Exception {
        report("liaison2", "3000").andExpect(status().is3xxRedirection());
        long reports = jdbc.queryForObject("select count(*) from task_reports where task_id = ?", Long.class, task.getId());

        report("liaison", "800").andExpect(status().isOk())
                .andExpect(content().string(containsString("报送后任务合计为 3800，超出目标数量 3600，请勾选确认后再提交。")))
                .andExpect(content().string(not(containsString("id=\"above-target\" class=\"form-check mt-2 d-none\""))));
        report("liaison", "999999999", "aboveTargetConfirmed", "true").andExpect(status().isOk())
                .andExpect(content().string(containsString("完成数量不合理")));
        assertThat(jdbc.queryForObject("select count(*) from task_reports where task_id = ?", Long.class, task.getId()))
                .isEqualTo(reports);
        assertThat(figures()).doesNotContainKey(co);

        report("liaison", "800", "aboveTargetConfirmed", "true").andExpect(status().is3xxRedirection());
        assertThat(tasks.get(actor("office"), task.getId()).getQuantityDone()).isEqualByComparingTo("3800");
    }

    @Test
    void closingBelowTheTargetAsksForConfirmationAndIsOnTheTimeline() throws Exception {
        report("liaison2", "3000").andExpect(status().is3xxRedirection());
        tasks.requestAcceptance(actor("liaison2"), task.getId(), version(), "请验收");

        mvc.perform(get("/tasks/" + task.getId()).with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(containsString("完成 3000 / 目标 3600 块，低于目标数量。")));
        mvc.perform(post("/tasks/" + task.getId() + "/close").with(user(users.loadUserByUsername("office"))).with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("完成数量 3000 低于目标数量 3600，请勾选确认后再销号。")));
        assertThat(tasks.get(actor("office"), task.getId()).getStatus()).isEqualTo(TaskStatus.PENDING_ACCEPTANCE);

        mvc.perform(post("/tasks/" + task.getId() + "/close").with(user(users.loadUserByUsername("office"))).with(csrf())
                        .param("version", "" + version()).param("belowTargetConfirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.get(actor("office"), task.getId()).getStatus()).isEqualTo(TaskStatus.CLOSED);
        mvc.perform(get("/tasks/" + task.getId()).with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(containsString("低于目标销号")))
                .andExpect(content().string(containsString("销号时完成 3000 / 目标 3600 块")));
    }
}

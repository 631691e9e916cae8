package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A progress report cannot claim an absurd quantity done: the server refuses it with a message. */
class AbsurdQuantityTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aQuantityOfNineHundredMillionIsRefusedAndTheTotalStays() throws Exception {
        Map<String, Object> task = jdbc.queryForMap("select id, version, target_quantity, quantity_done from tasks"
                + " where target_quantity is not null and status <> 'CLOSED' order by id limit 1");
        long reports = jdbc.queryForObject("select count(*) from task_reports where task_id = ?", Long.class, task.get("id"));

        mvc.perform(multipart("/tasks/" + task.get("id") + "/report").with(user(users.loadUserByUsername("office")))
                        .with(csrf()).param("version", "" + task.get("version")).param("text", "已完成")
                        .param("quantityDone", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("完成数量不合理")));

        assertThat(jdbc.queryForObject("select quantity_done from tasks where id = ?", BigDecimal.class, task.get("id")))
                .isEqualTo((BigDecimal) task.get("quantity_done"));
        assertThat(jdbc.queryForObject("select count(*) from task_reports where task_id = ?", Long.class, task.get("id")))
                .isEqualTo(reports);
    }

    @Test
    void aQuantityUpToTwiceTheTargetIsAccepted() throws Exception {
        Map<String, Object> task = jdbc.queryForMap("select id, version, target_quantity from tasks t"
                + " where target_quantity is not null and status <> 'CLOSED' and not exists (select 1 from"
                + " task_contributions c where c.task_id = t.id and c.unit_id <> t.lead_unit_id) order by id desc limit 1");
        BigDecimal twice = ((BigDecimal) task.get("target_quantity")).multiply(BigDecimal.valueOf(2));
        mvc.perform(multipart("/tasks/" + task.get("id") + "/report").with(user(users.loadUserByUsername("office")))
                        .with(csrf()).param("version", "" + task.get("version")).param("text", "超额完成")
                        .param("quantityDone", twice.toPlainString()).param("aboveTargetConfirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select quantity_done from tasks where id = ?", BigDecimal.class, task.get("id")))
                .isEqualByComparingTo(twice);
    }
}

package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The office writes and corrects tasks by hand: validated, in Chinese, nothing half-saved, stale edits 409. */
class TaskByHandTests extends AbstractIntegrationTests {

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

    final String book = "手工任务-" + UUID.randomUUID().toString().substring(0, 8);

    Long unit(String name) {
        return units.findByName(name).orElseThrow().getId();
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    /** A complete form; {@code changed} pairs (name, value) replace the values given here. */
    MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String code, String... changed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("book", book);
        values.put("code", code);
        values.put("title", "背街小巷路灯修复");
        values.put("leadUnitId", "" + unit("市城管局"));
        values.put("coUnitIds", "" + unit("市市场监管局"));
        values.put("startDate", "2027-03-01");
        values.put("deadline", "2027-06-30");
        values.put("targetQuantity", "120");
        values.put("measure", "盏");
        values.put("priority", "HIGH");
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        values.forEach(request::param);
        return request;
    }

    @Test
    void theOfficeCreatesATaskByHand() throws Exception {
        mvc.perform(get("/tasks/new").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"task-form\"")));
        mvc.perform(filled(as("office", post("/tasks/new")), "7"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/tasks/*"));

        Task task = tasks.get(accounts.findByUsername("office").orElseThrow().toActor(),
                jdbc.queryForObject("select id from tasks where book = ? and code = '7'", Long.class, book));
        assertThat(task.getTitle()).isEqualTo("背街小巷路灯修复");
        assertThat(task.getContent()).isEqualTo("背街小巷路灯修复");
        assertThat(task.getLeadUnit().getId()).isEqualTo(unit("市城管局"));
        assertThat(task.getCoUnits()).extracting(u -> u.getId()).containsExactly(unit("市市场监管局"));
        assertThat(task.getTargetQuantity()).isEqualByComparingTo("120");
        assertThat(task.getPriority()).isEqualTo(TaskPriority.HIGH);
        // the co-unit's liaison sees it and may report on it
        assertThat(tasks.get(accounts.findByUsername("liaison").orElseThrow().toActor(), task.getId()).getId())
                .isEqualTo(task.getId());
    }

    @Test
    void badInputGetsChineseFieldMessagesAndNothingIsSaved() throws Exception {
        mvc.perform(as("office", post("/tasks/new")).param("book", " ").param("code", "").param("title", "")
                        .param("startDate", "2027-13-45").param("deadline", "明天").param("targetQuantity", "abc")
                        .param("leadUnitId", "x").param("priority", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("请输入 1900 至 2100 年之间的日期")))
                .andExpect(content().string(containsString("请输入有效的数字")))
                .andExpect(content().string(containsString("请选择有效的选项")));
        mvc.perform(filled(as("office", post("/tasks/new")), "8", "deadline", "2027-02-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("完成时限不能早于开始日期。")));
        mvc.perform(filled(as("office", post("/tasks/new")), "8", "targetQuantity", "-5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("应大于 0")));
        mvc.perform(filled(as("office", post("/tasks/new")), "8", "targetQuantity", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("填写计量单位时须填写目标数量。")));
        mvc.perform(filled(as("office", post("/tasks/new")), "8", "leadUnitId", "999999999", "indicatorId", "999999999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择有效的选项")));
        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book)).isZero();

        mvc.perform(filled(as("office", post("/tasks/new")), "8")).andExpect(status().is3xxRedirection());
        mvc.perform(filled(as("office", post("/tasks/new")), "8"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("序号 8 在任务书")));
        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book)).isOne();
    }

    @Test
    void theOfficeEditsATaskAndTheEditIsOnTheTimeline() throws Exception {
        Task task = tasks.create(accounts.findByUsername("office").orElseThrow().toActor(), new TaskDetails(book, "9",
                "旧名称", "旧内容", null, null, unit("市城管局"), List.of(), tasks.today(), tasks.today().plusDays(30),
                null, null, TaskPriority.NORMAL));

        mvc.perform(get("/tasks/" + task.getId() + "/edit").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"旧名称\"")));
        mvc.perform(filled(as("office", post("/tasks/" + task.getId() + "/edit")), "9").param("version", "" + task.getVersion()))
                .andExpect(status().is3xxRedirection());

        Task edited = tasks.get(accounts.findByUsername("office").orElseThrow().toActor(), task.getId());
        assertThat(edited.getTitle()).isEqualTo("背街小巷路灯修复");
        assertThat(edited.getDeadline()).hasToString("2027-06-30");
        assertThat(edited.getTargetQuantity()).isEqualByComparingTo(new BigDecimal("120"));
        assertThat(edited.getCoUnits()).hasSize(1);
        assertThat(tasks.timeline(accounts.findByUsername("office").orElseThrow().toActor(), task.getId()))
                .extracting(TaskEvent::getType).containsExactly(TaskEventType.CREATE, TaskEventType.EDIT);
        mvc.perform(get("/tasks/" + task.getId()).with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(containsString("修改任务")));
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        Task task = tasks.create(accounts.findByUsername("office").orElseThrow().toActor(), new TaskDetails(book, "10",
                "原名称", "原内容", null, null, unit("市城管局"), List.of(), tasks.today(), tasks.today().plusDays(30),
                null, null, TaskPriority.NORMAL));
        long stale = task.getVersion();
        mvc.perform(filled(as("office", post("/tasks/" + task.getId() + "/edit")), "10", "title", "第一次修改")
                        .param("version", "" + stale))
                .andExpect(status().is3xxRedirection());

        mvc.perform(filled(as("office", post("/tasks/" + task.getId() + "/edit")), "10", "title", "第二次修改")
                        .param("version", "" + stale))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select title from tasks where id = ?", String.class, task.getId()))
                .isEqualTo("第一次修改");
    }

    @Test
    void theLeadUnitStaysOnceReportedAndOnlyTheOfficeEdits() throws Exception {
        Task task = tasks.create(accounts.findByUsername("office").orElseThrow().toActor(), new TaskDetails(book, "11",
                "已报送任务", "已报送任务", null, null, unit("市城管局"), List.of(), tasks.today(), tasks.today().plusDays(30),
                null, null, TaskPriority.NORMAL));
        tasks.reportProgress(accounts.findByUsername("liaison2").orElseThrow().toActor(), task.getId(), task.getVersion(),
                "已开工", null, List.of());
        long version = jdbc.queryForObject("select version from tasks where id = ?", Long.class, task.getId());

        mvc.perform(filled(as("office", post("/tasks/" + task.getId() + "/edit")), "11", "leadUnitId", "" + unit("市商务局"))
                        .param("version", "" + version))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能直接更换牵头单位")));
        mvc.perform(filled(as("liaison2", post("/tasks/" + task.getId() + "/edit")), "11").param("version", "" + version))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks/" + task.getId() + "/edit").with(user(users.loadUserByUsername("liaison2"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select lead_unit_id from tasks where id = ?", Long.class, task.getId()))
                .isEqualTo(unit("市城管局"));
    }
}

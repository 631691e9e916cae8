package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 工程监理: a task that requires confirmation is accepted only once a supervisor has confirmed (or corrected, with
 * a reason) the reported quantity, and the confirmed figure is the one that counts. A supervisor confirms
 * quantities and does nothing else.
 */
class QuantitySupervisionTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TaskManagement tasks;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    Actor office;
    Actor liaison;
    Actor supervisor;
    Task task;

    @BeforeEach
    void taskWithATarget() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        supervisor = accounts.findByUsername("supervisor-tests")
                .orElseGet(() -> accounts.create("supervisor-tests", "Demo@2026", "赵监理", Role.SUPERVISOR, null, null))
                .toActor();
        task = tasks.create(office, new TaskDetails("监理测试", "JL-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                "改造背街小巷路灯", "改造 100 盏路灯", null, null, liaison.unitId(), List.of(), LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(20), new BigDecimal("100"), "盏", TaskPriority.NORMAL));
    }

    long version() {
        return tasks.get(office, task.getId()).getVersion();
    }

    @Test
    void theOfficeAcceptsOnlyAfterTheSupervisorConfirmedAndTheCorrectedFigureCounts() {
        tasks.requireConfirmation(office, task.getId(), version(), true);
        tasks.reportProgress(liaison, task.getId(), version(), "已改造 80 盏", new BigDecimal("80"), List.of());
        Task reported = tasks.get(office, task.getId());
        assertThat(reported.isAwaitingConfirmation()).isTrue();
        assertThat(reported.getCountedQuantity()).isNull();
        assertThat(reported.getProgressPercent()).isEqualByComparingTo("0");
        assertThat(tasks.supervised(supervisor)).extracting(Task::getId).contains(task.getId());

        tasks.requestAcceptance(liaison, task.getId(), version(), "完成");
        assertThatThrownBy(() -> tasks.close(office, task.getId(), version(), "验收"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("task.rule.awaitingConfirmation");

        assertThatThrownBy(() -> tasks.confirmQuantity(supervisor, task.getId(), version(), new BigDecimal("70"), " "))
                .isInstanceOf(BusinessRuleException.class).hasMessage("task.rule.correctionNeedsReason");
        tasks.confirmQuantity(supervisor, task.getId(), version(), new BigDecimal("70"), "现场核实 10 盏未通电");
        Task confirmed = tasks.get(office, task.getId());
        assertThat(confirmed.isAwaitingConfirmation()).isFalse();
        assertThat(confirmed.getCountedQuantity()).isEqualByComparingTo("70");
        assertThat(confirmed.getProgressPercent()).isEqualByComparingTo("70");
        assertThat(tasks.timeline(office, task.getId())).extracting(TaskEvent::getType)
                .contains(TaskEventType.REQUIRE_CONFIRMATION, TaskEventType.CONFIRM_QUANTITY);

        tasks.close(office, task.getId(), version(), "验收", true);
        assertThat(tasks.get(office, task.getId()).getStatus()).isEqualTo(TaskStatus.CLOSED);
    }

    @Test
    void aNewReportNeedsANewConfirmationAndTheSameFigureNeedsNoReason() {
        tasks.requireConfirmation(office, task.getId(), version(), true);
        tasks.reportProgress(liaison, task.getId(), version(), "30 盏", new BigDecimal("30"), List.of());
        tasks.confirmQuantity(supervisor, task.getId(), version(), new BigDecimal("30"), null);
        assertThat(tasks.get(office, task.getId()).isAwaitingConfirmation()).isFalse();
        tasks.reportProgress(liaison, task.getId(), version(), "60 盏", new BigDecimal("60"), List.of());
        Task again = tasks.get(office, task.getId());
        assertThat(again.isAwaitingConfirmation()).isTrue();
        assertThat(again.getCountedQuantity()).isEqualByComparingTo("30");
    }

    @Test
    void aSupervisorConfirmsOnlyQuantitiesAndOnlySheDoes() {
        tasks.reportProgress(liaison, task.getId(), version(), "20 盏", new BigDecimal("20"), List.of());
        assertThatThrownBy(() -> tasks.confirmQuantity(supervisor, task.getId(), version(), BigDecimal.TEN, "x"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("task.rule.noConfirmationRequired");
        tasks.requireConfirmation(office, task.getId(), version(), true);
        for (Actor notSupervisor : List.of(office, liaison)) {
            assertThatThrownBy(() -> tasks.confirmQuantity(notSupervisor, task.getId(), version(), BigDecimal.TEN, "x"))
                    .isInstanceOf(NotPermitted.class);
        }
        assertThatThrownBy(() -> tasks.requireConfirmation(supervisor, task.getId(), version(), false))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> tasks.reportProgress(supervisor, task.getId(), version(), "x", BigDecimal.ONE, List.of()))
                .isInstanceOf(NotPermitted.class);
        tasks.requestAcceptance(liaison, task.getId(), version(), null);
        assertThatThrownBy(() -> tasks.close(supervisor, task.getId(), version(), "x")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> tasks.returnToUnit(supervisor, task.getId(), version(), "x"))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void theSupervisorsPageShowsARefusalNextToTheReasonAndOtherRolesAreDenied() throws Exception {
        tasks.requireConfirmation(office, task.getId(), version(), true);
        tasks.reportProgress(liaison, task.getId(), version(), "50 盏", new BigDecimal("50"), List.of());
        var asSupervisor = user(users.loadUserByUsername("supervisor-tests"));
        mvc.perform(get("/supervision").with(asSupervisor)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("改造背街小巷路灯")));
        mvc.perform(post("/tasks/" + task.getId() + "/confirm-quantity").with(asSupervisor).with(csrf())
                        .param("version", "" + version()).param("quantity", "45").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("确认数量与上报不一致时须填写更正理由")));
        mvc.perform(post("/tasks/" + task.getId() + "/confirm-quantity").with(asSupervisor).with(csrf())
                        .param("version", "" + version()).param("quantity", "abc"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请输入有效的数字")));
        mvc.perform(post("/tasks/" + task.getId() + "/confirm-quantity").with(asSupervisor).with(csrf())
                        .param("version", "0").param("quantity", "50"))
                .andExpect(status().isConflict());
        mvc.perform(post("/tasks/" + task.getId() + "/confirm-quantity").with(asSupervisor).with(csrf())
                        .param("version", "" + version()).param("quantity", "50"))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.get(office, task.getId()).getCountedQuantity()).isEqualByComparingTo("50");

        var asOffice = user(users.loadUserByUsername("office"));
        mvc.perform(post("/tasks/" + task.getId() + "/confirm-quantity").with(asOffice).with(csrf())
                .param("version", "" + version()).param("quantity", "50")).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task.getId() + "/close").with(asSupervisor).with(csrf())
                .param("version", "" + version())).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task.getId() + "/require-confirmation").with(asSupervisor).with(csrf())
                .param("version", "" + version()).param("required", "false")).andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(user(users.loadUserByUsername("liaison")))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/new").with(asSupervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/visits/new").with(asSupervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/activities/new").with(asSupervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").with(asSupervisor)).andExpect(status().isForbidden());
    }
}

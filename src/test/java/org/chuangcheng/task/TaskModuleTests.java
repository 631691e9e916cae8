package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The events the task feature publishes, one per step. On the shared context, see ProblemModuleTests. */
@EnableScenarios
class TaskModuleTests extends AbstractIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    @Test
    void reportingAskingReturningAndAcceptingAreAnnounced(Scenario scenario) {
        Actor liaison = actor("liaison");
        Actor office = actor("office");
        Task task = create(tasks.today(), tasks.today().plusDays(30));
        Long id = task.getId();

        scenario.stimulate(() -> tasks.reportProgress(liaison, id, version(id), "完成摸排", new BigDecimal("20"),
                        List.of()))
                .andWaitForEventOfType(ProgressReported.class)
                .matchingMappedValue(ProgressReported::taskId, id)
                .toArriveAndVerify(event -> {
                    assertThat(event.unitId()).isEqualTo(liaison.unitId());
                    assertThat(event.quantityDone()).isEqualByComparingTo("20");
                    assertThat(event.reportedOn()).isEqualTo(tasks.today());
                });

        scenario.stimulate(() -> tasks.requestAcceptance(liaison, id, version(id), "请验收"))
                .andWaitForEventOfType(AcceptanceRequested.class)
                .matchingMappedValue(AcceptanceRequested::taskId, id)
                .toArriveAndVerify(event -> assertThat(event.leadUnitId()).isEqualTo(liaison.unitId()));

        scenario.stimulate(() -> tasks.returnToUnit(office, id, version(id), "照片不全"))
                .andWaitForEventOfType(TaskReturned.class)
                .matchingMappedValue(TaskReturned::taskId, id)
                .toArrive();

        tasks.requestAcceptance(liaison, id, version(id), "已补充");
        scenario.stimulate(() -> tasks.close(office, id, version(id), "同意销号", true))
                .andWaitForEventOfType(TaskAccepted.class)
                .matchingMappedValue(TaskAccepted::taskId, id)
                .toArriveAndVerify(event -> assertThat(event.onTime()).isTrue());
    }

    @Test
    void takingAnOverdueTaskFromItsUnitIsAnnounced(Scenario scenario) {
        Task task = create(tasks.today().minusDays(30), tasks.today().minusDays(1));
        Long id = task.getId();
        Long other = units.findByName("市城管局").orElseThrow().getId();
        LocalDate newDeadline = tasks.today().plusDays(20);

        scenario.stimulate(() -> tasks.reassign(actor("office"), id, version(id), other, newDeadline, "逾期未完成"))
                .andWaitForEventOfType(TaskReassigned.class)
                .matchingMappedValue(TaskReassigned::taskId, id)
                .toArriveAndVerify(event -> {
                    assertThat(event.fromUnitId()).isEqualTo(actor("liaison").unitId());
                    assertThat(event.toUnitId()).isEqualTo(other);
                    assertThat(event.oldDeadline()).isEqualTo(tasks.today().minusDays(1));
                    assertThat(event.newDeadline()).isEqualTo(newDeadline);
                });
    }

    /** A task led by the demo liaison's unit (市市场监管局). */
    Task create(LocalDate start, LocalDate deadline) {
        return tasks.create(actor("office"), new TaskDetails("事件任务书-" + UUID.randomUUID(), "1", "测试任务",
                "测试任务内容", null, null, units.findByName("市市场监管局").orElseThrow().getId(), List.of(), start,
                deadline, new BigDecimal("100"), "个", TaskPriority.NORMAL));
    }

    long version(Long id) {
        return tasks.get(actor("office"), id).getVersion();
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}

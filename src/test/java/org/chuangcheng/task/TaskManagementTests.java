package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class TaskManagementTests extends AbstractIntegrationTests {

    @Autowired
    TaskManagement tasks;

    @Autowired
    UnitManagement units;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    Long unit(String name) {
        return units.findByName(name).orElseThrow().getId();
    }

    Task create(String lead, List<String> coUnits, LocalDate start, LocalDate deadline) {
        return tasks.create(actor("office"), new TaskDetails("测试任务书-" + UUID.randomUUID(), "1", "测试任务",
                "测试任务内容", null, null, unit(lead), coUnits.stream().map(this::unit).toList(), start, deadline,
                new BigDecimal("100"), "个", TaskPriority.NORMAL));
    }

    long version(Long id) {
        return tasks.get(actor("office"), id).getVersion();
    }

    @Test
    void aLiaisonSeesOnlyTheTasksHerUnitLeadsOrHelpsWith() {
        Actor liaison = actor("liaison");
        Task led = create("市市场监管局", List.of(), tasks.today(), tasks.today().plusDays(30));
        Task helped = create("市商务局", List.of("市市场监管局"), tasks.today(), tasks.today().plusDays(30));
        Task foreign = create("市商务局", List.of("市城管局"), tasks.today(), tasks.today().plusDays(30));

        List<Task> visible = tasks.searchAll(liaison, TaskFilter.none());

        assertThat(visible).extracting(Task::getId).contains(led.getId(), helped.getId())
                .doesNotContain(foreign.getId());
        assertThat(visible).allMatch(t -> t.involves(liaison.unitId()));
        assertThat(tasks.search(liaison, TaskFilter.none(), PageRequest.of(0, 500)).getContent())
                .allMatch(t -> t.involves(liaison.unitId()));
        assertThat(tasks.get(liaison, helped.getId()).getId()).isEqualTo(helped.getId());
        assertThatThrownBy(() -> tasks.get(liaison, foreign.getId())).isInstanceOf(TaskNotFound.class);
        assertThatThrownBy(() -> tasks.timeline(liaison, foreign.getId())).isInstanceOf(TaskNotFound.class);
        assertThatThrownBy(() -> tasks.reportProgress(liaison, foreign.getId(), 0, "x", null, List.of()))
                .isInstanceOf(TaskNotFound.class);
    }

    @Test
    void aCoUnitReportsButOnlyTheLeadUnitAsksForAcceptanceAndOnlyTheOfficeCloses() {
        Task task = create("市城管局", List.of("市市场监管局"), tasks.today(), tasks.today().plusDays(30));
        Actor coLiaison = actor("liaison");
        Actor leadLiaison = actor("liaison2");

        tasks.reportProgress(coLiaison, task.getId(), version(task.getId()), "配合单位完成摸排", new BigDecimal("20"),
                List.of());
        assertThatThrownBy(() -> tasks.requestAcceptance(coLiaison, task.getId(), version(task.getId()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.requestAcceptance(actor("office"), task.getId(), version(task.getId()), null))
                .isInstanceOf(AccessDeniedException.class);
        tasks.requestAcceptance(leadLiaison, task.getId(), version(task.getId()), "已完成");
        assertThatThrownBy(() -> tasks.close(leadLiaison, task.getId(), version(task.getId()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.returnToUnit(actor("leader"), task.getId(), version(task.getId()), "不行"))
                .isInstanceOf(AccessDeniedException.class);
        tasks.close(actor("office"), task.getId(), version(task.getId()), "同意", true);

        Task closed = tasks.get(actor("office"), task.getId());
        assertThat(closed.getStatus()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.getClosedOn()).isEqualTo(tasks.today());
        assertThat(tasks.reports(coLiaison, task.getId())).singleElement()
                .satisfies(r -> assertThat(r.getUnit().getName()).isEqualTo("江城市市场监督管理局"));
        assertThat(tasks.timeline(actor("office"), task.getId())).extracting(TaskEvent::getType).containsExactly(
                TaskEventType.CREATE, TaskEventType.REPORT, TaskEventType.REQUEST_ACCEPTANCE,
                TaskEventType.CLOSE_BELOW_TARGET); // 20 of 100 done
    }

    @Test
    void leadersAndInspectorsOnlyRead() {
        Task task = create("市城管局", List.of(), tasks.today(), tasks.today().plusDays(30));

        assertThat(tasks.get(actor("leader"), task.getId())).isNotNull();
        assertThatThrownBy(() -> tasks.reportProgress(actor("inspector"), task.getId(), 0, "x", null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        Task task = create("市城管局", List.of(), tasks.today(), tasks.today().plusDays(30));
        long old = version(task.getId());
        tasks.reportProgress(actor("liaison2"), task.getId(), old, "第一次", null, List.of());

        assertThatThrownBy(() -> tasks.reportProgress(actor("office"), task.getId(), old, "同时", null, List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void reassigningAnOverdueTaskKeepsBothUnitsAndTheReportsInItsHistory() {
        LocalDate today = tasks.today();
        Task task = create("市城管局", List.of(), today.minusDays(90), today.minusDays(5));
        tasks.reportProgress(actor("liaison2"), task.getId(), version(task.getId()), "进展缓慢", new BigDecimal("10"),
                List.of());

        tasks.reassign(actor("office"), task.getId(), version(task.getId()), unit("市住建局"), today.plusDays(20),
                "逾期未完成，限期办结");

        Task reassigned = tasks.get(actor("office"), task.getId());
        assertThat(reassigned.getLeadUnit().getShortName()).isEqualTo("市住建局");
        assertThat(reassigned.getDeadline()).isEqualTo(today.plusDays(20));
        assertThat(reassigned.isOverdue(today)).isFalse();
        TaskEvent event = tasks.timeline(actor("office"), task.getId()).get(2);
        assertThat(event.getType()).isEqualTo(TaskEventType.REASSIGN);
        assertThat(event.getOldUnit().getShortName()).isEqualTo("市城管局");
        assertThat(event.getNewUnit().getShortName()).isEqualTo("市住建局");
        assertThat(event.getOldDeadline()).isEqualTo(today.minusDays(5));
        assertThat(event.getComment()).isEqualTo("逾期未完成，限期办结");
        assertThat(tasks.reports(actor("office"), task.getId())).hasSize(1);
        // the old unit's liaison no longer sees the task; the reports stay with it
        assertThatThrownBy(() -> tasks.get(actor("liaison2"), task.getId())).isInstanceOf(TaskNotFound.class);
        assertThat(jdbc.queryForObject("select count(*) from task_reports where task_id = ?", Long.class,
                task.getId())).isEqualTo(1);
    }

    @Test
    void aTaskWithoutARecentReportIsFlaggedAndFilteredAsStale() {
        LocalDate today = tasks.today();
        int days = tasks.staleDays();
        Task silent = create("市城管局", List.of(), today.minusDays(days + 3), today.plusDays(30));
        Task fresh = create("市城管局", List.of(), today.minusDays(days + 3), today.plusDays(30));
        Task young = create("市城管局", List.of(), today.minusDays(days - 1), today.plusDays(30));
        tasks.reportProgress(actor("liaison2"), fresh.getId(), version(fresh.getId()), "本周进展", null, List.of());

        List<Long> stale = tasks.searchAll(actor("office"), new TaskFilter(null, null, null, null, null, null, false,
                true, null, null, false, null)).stream().map(Task::getId).toList();

        assertThat(stale).contains(silent.getId()).doesNotContain(fresh.getId(), young.getId());
        assertThat(tasks.get(actor("office"), silent.getId()).isStale(today, days)).isTrue();
        assertThat(tasks.get(actor("office"), fresh.getId()).isStale(today, days)).isFalse();
    }

    @Test
    void theOfficeFiltersByDistrictIncludingTheUnitsUnderIt() {
        Long district = unit("城关区");
        Long street = unit("城关中心街道");
        Task byStreet = create("城关中心街道", List.of(), tasks.today(), tasks.today().plusDays(30));
        Task elsewhere = create("东湖区", List.of(), tasks.today(), tasks.today().plusDays(30));

        List<Task> found = tasks.searchAll(actor("office"), new TaskFilter(null, null, null, null, district, null,
                false, false, null, null, false, null));

        assertThat(found).extracting(Task::getId).contains(byStreet.getId()).doesNotContain(elsewhere.getId());
        assertThat(found).allMatch(t -> t.getLeadUnit().getId().equals(district) || t.getLeadUnit().getId().equals(street)
                || jdbc.queryForObject("select count(*) from units where id = ? and parent_id = ?", Long.class,
                        t.getLeadUnit().getId(), street) > 0);
    }
}

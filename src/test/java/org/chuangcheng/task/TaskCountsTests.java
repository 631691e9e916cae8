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
import org.springframework.data.domain.PageRequest;

/**
 * The home page's task figures come from one query; they must agree with the task list's own filters (what a
 * click on the figure lists), for the office and for a liaison whose unit leads some tasks and helps with others.
 */
class TaskCountsTests extends AbstractIntegrationTests {

    @Autowired
    TaskManagement tasks;

    @Autowired
    UnitManagement units;

    @Autowired
    AccountManagement accounts;

    @Test
    void theHomeFiguresAgreeWithTheListsFilters() {
        LocalDate today = tasks.today();
        // one of each kind for the liaison's unit: led and overdue, helped and silent for weeks, led and closed-free
        create("市市场监管局", List.of(), today.minusDays(60), today.minusDays(3));
        create("市商务局", List.of("市市场监管局"), today.minusDays(tasks.staleDays() + 10), today.plusDays(30));
        create("市城管局", List.of(), today, today.plusDays(10));

        for (String username : List.of("office", "liaison")) {
            Actor actor = accounts.findByUsername(username).orElseThrow().toActor();
            TaskCounts counts = tasks.counts(actor);

            long all = count(actor, TaskFilter.none());
            long closed = count(actor, new TaskFilter(null, TaskStatus.CLOSED, null, null, null, null, false, false,
                    null, null, false, null));
            long overdue = count(actor, new TaskFilter(null, null, null, null, null, null, true, false, null, null,
                    false, null));
            long stale = count(actor, new TaskFilter(null, null, null, null, null, null, false, true, null, null,
                    false, null));
            assertThat(counts).as(username).isEqualTo(new TaskCounts(all - closed, overdue, stale));
            assertThat(overdue).as(username).isPositive();
            assertThat(stale).as(username).isPositive();
        }
    }

    private long count(Actor actor, TaskFilter filter) {
        return tasks.search(actor, filter, PageRequest.of(0, 1)).getTotalElements();
    }

    private void create(String lead, List<String> coUnits, LocalDate start, LocalDate deadline) {
        tasks.create(accounts.findByUsername("office").orElseThrow().toActor(), new TaskDetails("测试任务书-" + UUID.randomUUID(),
                "1", "计数任务", "计数任务内容", null, null, unit(lead), coUnits.stream().map(this::unit).toList(), start,
                deadline, new BigDecimal("100"), "个", org.chuangcheng.task.TaskPriority.NORMAL));
    }

    private Long unit(String name) {
        return units.findByName(name).orElseThrow().getId();
    }
}

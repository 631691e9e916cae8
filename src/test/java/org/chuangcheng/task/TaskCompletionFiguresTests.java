package org.chuangcheng.task;

import org.chuangcheng.shared.Ratio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL aggregates against counts made by hand. */
class TaskCompletionFiguresTests extends AbstractIntegrationTests {

    @Autowired
    TaskManagement tasks;

    @Autowired
    UnitManagement units;

    @Autowired
    AccountManagement accounts;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    @Test
    void completionInAPeriodCountsTasksDueInItOrClosedInIt() {
        // 2030 is reserved for this test: no demo task has its deadline there
        Actor office = actor("office");
        Long unit = units.findByName("市文旅局").orElseThrow().getId();
        LocalDate today = tasks.today();
        Task closedInPeriod = create(office, "A", unit, LocalDate.of(2030, 3, 1));
        create(office, "B", unit, LocalDate.of(2030, 5, 1));
        create(office, "C", unit, LocalDate.of(2030, 12, 31));
        Task closedOutside = create(office, "D", unit, LocalDate.of(2031, 1, 15));
        create(office, "E", unit, LocalDate.of(2029, 12, 31));
        close(closedInPeriod);
        close(closedOutside);

        CompletionRow overall = tasks.completion(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));

        // hand count: A, B, C are due in 2030 (D and E are not, and D was closed in 2026) → 1 closed of 3
        assertThat(overall.completion()).isEqualTo(new Ratio(1, 3));
        assertThat(overall.completion().format()).isEqualTo("33.33%");
        assertThat(overall.onTime()).isEqualTo(new Ratio(1, 3));
        assertThat(tasks.completion(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31)).completion().format())
                .isEqualTo("—");
        // closed in the period although due later: D counts when the period holds today
        assertThat(tasks.searchAll(office, new TaskFilter(null, null, null, unit, null, null, false, false, today, today,
                true, null))).extracting(Task::getId).contains(closedOutside.getId(), closedInPeriod.getId());
    }

    @Test
    void figuresByUnitAndByWorkGroupMatchAHandCountOfTheDemoTaskBook() {
        LocalDate to = tasks.today();
        LocalDate from = to.minusDays(365);
        List<Task> all = tasks.searchAll(actor("office"), TaskFilter.none()).stream()
                .filter(t -> between(t.getDeadline(), from, to) || t.getClosedOn() != null && between(t.getClosedOn(), from, to))
                .toList();
        assertThat(all).as("the demo task book has tasks due in the last year").hasSizeGreaterThan(10);
        assertThat(all).as("some closed late").anyMatch(t -> t.getStatus() == TaskStatus.CLOSED && !t.isClosedOnTime());

        Map<Long, Ratio[]> byUnit = all.stream().collect(Collectors.groupingBy(t -> t.getLeadUnit().getId(),
                Collectors.collectingAndThen(Collectors.toList(), ts -> count(ts, to))));
        Map<Long, CompletionRow> sqlByUnit = tasks.completionByUnit(from, to).stream()
                .collect(Collectors.toMap(CompletionRow::id, Function.identity()));
        assertThat(sqlByUnit.keySet()).isEqualTo(byUnit.keySet());
        byUnit.forEach((unit, counts) -> {
            assertThat(sqlByUnit.get(unit).completion()).as("unit %s", unit).isEqualTo(counts[0]);
            assertThat(sqlByUnit.get(unit).onTime()).as("unit %s on time", unit).isEqualTo(counts[1]);
        });

        Map<Long, Ratio[]> byGroup = all.stream().collect(Collectors.groupingBy(
                t -> t.getWorkGroup() == null ? -1L : t.getWorkGroup().getId(),
                Collectors.collectingAndThen(Collectors.toList(), ts -> count(ts, to))));
        for (CompletionRow row : tasks.completionByWorkGroup(from, to)) {
            Ratio[] counts = byGroup.get(Objects.requireNonNullElse(row.id(), -1L));
            assertThat(row.completion()).as("group %s", row.name()).isEqualTo(counts[0]);
            assertThat(row.onTime()).as("group %s on time", row.name()).isEqualTo(counts[1]);
        }

        Ratio[] overall = count(all, to);
        assertThat(tasks.completion(from, to).completion()).isEqualTo(overall[0]);
        assertThat(tasks.completion(from, to).onTime()).isEqualTo(overall[1]);
    }

    private static Ratio[] count(List<Task> ts, LocalDate to) {
        long closed = ts.stream().filter(t -> t.getStatus() == TaskStatus.CLOSED && !t.getClosedOn().isAfter(to)).count();
        long onTime = ts.stream().filter(t -> t.isClosedOnTime() && !t.getClosedOn().isAfter(to)).count();
        return new Ratio[] {new Ratio(closed, ts.size()), new Ratio(onTime, ts.size())};
    }

    private static boolean between(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private Task create(Actor office, String code, Long unit, LocalDate deadline) {
        return tasks.create(office, new TaskDetails("完成率测试", code, "完成率测试" + code, "完成率测试任务" + code, null, null,
                unit, List.of(), tasks.today(), deadline, BigDecimal.TEN, "个", TaskPriority.NORMAL));
    }

    private void close(Task task) {
        Actor lead = new Actor(actor("liaison").accountId(), "liaison", "文旅联络员", org.chuangcheng.shared.Role.LIAISON,
                task.getLeadUnit().getId());
        tasks.reportProgress(lead, task.getId(), tasks.get(lead, task.getId()).getVersion(), "完成", BigDecimal.TEN,
                List.of());
        tasks.requestAcceptance(lead, task.getId(), tasks.get(lead, task.getId()).getVersion(), null);
        tasks.close(actor("office"), task.getId(), tasks.get(lead, task.getId()).getVersion(), null);
    }
}

package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The task's life cycle as rules of the model, without Spring. */
class TaskTests {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    final Unit lead = unit(1L, "江城市工业和信息化局", "市工信局");
    final Unit coUnit = unit(2L, "中国移动江城分公司", "江城移动");
    final Unit other = unit(3L, "江城市城市管理局", "市城管局");
    final Actor office = new Actor(10L, "office", "王创城", Role.OFFICE, null);
    final Actor leadLiaison = new Actor(11L, "gxj", "工信联络员", Role.LIAISON, 1L);
    final Actor coLiaison = new Actor(12L, "yd", "移动联络员", Role.LIAISON, 2L);
    final Actor otherLiaison = new Actor(13L, "cgj", "城管联络员", Role.LIAISON, 3L);

    static Unit unit(Long id, String name, String shortName) {
        Unit unit = new Unit(name, shortName, UnitType.BUREAU, null);
        ReflectionTestUtils.setField(unit, "id", id);
        return unit;
    }

    Task task() {
        Task task = new Task("2026任务书", "2", "159千米架空线缆规整", "完成159千米架空线缆规整", lead, List.of(coUnit),
                START, DEADLINE, office, NOW);
        task.describe(null, null, new BigDecimal("159"), "千米", null);
        return task;
    }

    @Test
    void aNewTaskIsNotStartedAndItsCreationIsOnTheTimeline() {
        Task task = task();

        assertThat(task.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(task.getSeq()).isEqualTo(2);
        assertThat(task.getEvents()).extracting(TaskEvent::getType).containsExactly(TaskEventType.CREATE);
        assertThat(task.getEvents().get(0).getActorName()).isEqualTo("王创城");
    }

    @Test
    void theFirstProgressReportStartsTheTaskAndRecordsTheQuantity() {
        Task task = task();

        task.reportProgress("已完成40千米", new BigDecimal("40"), List.of(), leadLiaison, NOW,
                LocalDate.of(2026, 5, 1), false);

        assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.getQuantityDone()).isEqualByComparingTo("40");
        assertThat(task.getProgressPercent()).isEqualByComparingTo("25");
        assertThat(task.getLastReportOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(task.getEvents()).extracting(TaskEvent::getType)
                .containsExactly(TaskEventType.CREATE, TaskEventType.REPORT);
        assertThat(task.getEvents().get(1).getFromStatus()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(task.getEvents().get(1).getReport()).isSameAs(task.getReports().get(0));
    }

    @Test
    void aCoUnitMayReportButAnUninvolvedUnitMayNot() {
        Task task = task();

        task.reportProgress("配合完成", null, List.of(), coLiaison, NOW, START, false);
        assertThat(task.getReports().get(0).getUnit()).isSameAs(coUnit);
        assertThat(task.mayReport(otherLiaison)).isFalse();
        assertThatThrownBy(() -> task.reportProgress("不相干", null, List.of(), otherLiaison, NOW, START, false))
                .isInstanceOf(NotPermitted.class).hasMessage("task.rule.notInvolved");
    }

    @Test
    void acceptanceCanOnlyBeAskedForOnceWorkHasBeenReported() {
        Task task = task();

        assertThatThrownBy(() -> task.requestAcceptance(leadLiaison, null, NOW, START))
                .isInstanceOf(BusinessRuleException.class).hasMessage("task.rule.requestNeedsProgress");
    }

    @Test
    void theFullLifeCycleEndsClosedAndOnTimeWhenAskedByTheDeadline() {
        Task task = task();
        task.reportProgress("完成", new BigDecimal("159"), List.of(), leadLiaison, NOW, LocalDate.of(2026, 6, 20), false);

        task.requestAcceptance(leadLiaison, "请验收", NOW, LocalDate.of(2026, 6, 29));
        assertThat(task.getStatus()).isEqualTo(TaskStatus.PENDING_ACCEPTANCE);
        assertThatThrownBy(() -> task.requestAcceptance(leadLiaison, null, NOW, START))
                .hasMessage("task.rule.alreadyPending");

        task.close(office, "同意", NOW, LocalDate.of(2026, 7, 3), false);

        assertThat(task.getStatus()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.getClosedOn()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(task.isClosedOnTime()).isTrue(); // a slow verification does not punish the unit
        assertThat(task.isOverdue(LocalDate.of(2026, 8, 1))).isFalse();
        assertThat(task.getEvents()).extracting(TaskEvent::getType).containsExactly(TaskEventType.CREATE,
                TaskEventType.REPORT, TaskEventType.REQUEST_ACCEPTANCE, TaskEventType.CLOSE);
        assertThatThrownBy(() -> task.reportProgress("再报", null, List.of(), leadLiaison, NOW, START, false))
                .hasMessage("task.rule.closed");
    }

    @Test
    void aReturnNeedsAReasonAndSendsTheTaskBackInProgress() {
        Task task = task();
        task.reportProgress("完成", null, List.of(), leadLiaison, NOW, START, false);
        task.requestAcceptance(leadLiaison, null, NOW, LocalDate.of(2026, 7, 5));

        assertThatThrownBy(() -> task.returnToUnit(office, " ", NOW)).hasMessage("task.rule.reasonRequired");
        task.returnToUnit(office, "照片不全", NOW);

        assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.getAcceptanceRequestedOn()).isNull();
        assertThat(task.getEvents().get(task.getEvents().size() - 1).getComment()).isEqualTo("照片不全");
        assertThatThrownBy(() -> task.close(office, null, NOW, START, false)).hasMessage("task.rule.notPending");
    }

    @Test
    void closingALateRequestIsNotOnTime() {
        Task task = task();
        task.reportProgress("完成", null, List.of(), leadLiaison, NOW, START, false);
        task.requestAcceptance(leadLiaison, null, NOW, DEADLINE.plusDays(1));
        task.close(office, null, NOW, DEADLINE.plusDays(2), true);

        assertThat(task.isClosedOnTime()).isFalse();
    }

    @Test
    void overdueIsDerivedFromTheDeadline() {
        Task task = task();

        assertThat(task.isOverdue(DEADLINE)).isFalse();
        assertThat(task.isOverdue(DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void onlyAnOverdueTaskIsReassignedAndTheHistoryKeepsBothUnitsAndTheReports() {
        Task task = task();
        task.reportProgress("进展缓慢", new BigDecimal("10"), List.of(), leadLiaison, NOW, START.plusDays(5), false);
        LocalDate today = DEADLINE.plusDays(10);

        assertThatThrownBy(() -> task.reassign(other, today.plusDays(30), "逾期", office, NOW, DEADLINE))
                .hasMessage("task.rule.reassignNotOverdue");
        assertThatThrownBy(() -> task.reassign(lead, today.plusDays(30), "逾期", office, NOW, today))
                .hasMessage("task.rule.reassignSameUnit");
        assertThatThrownBy(() -> task.reassign(other, today.minusDays(1), "逾期", office, NOW, today))
                .hasMessage("task.rule.newDeadlinePast");
        assertThatThrownBy(() -> task.reassign(other, today.plusDays(30), "", office, NOW, today))
                .hasMessage("task.rule.reasonRequired");

        task.reassign(other, today.plusDays(30), "逾期未完成，限期办结", office, NOW, today);

        assertThat(task.getLeadUnit()).isSameAs(other);
        assertThat(task.getDeadline()).isEqualTo(today.plusDays(30));
        assertThat(task.isOverdue(today)).isFalse();
        TaskEvent reassigned = task.getEvents().get(task.getEvents().size() - 1);
        assertThat(reassigned.getType()).isEqualTo(TaskEventType.REASSIGN);
        assertThat(reassigned.getOldUnit()).isSameAs(lead);
        assertThat(reassigned.getNewUnit()).isSameAs(other);
        assertThat(reassigned.getOldDeadline()).isEqualTo(DEADLINE);
        assertThat(task.getReports()).hasSize(1);
        assertThat(task.getQuantityDone()).isEqualByComparingTo("10");
    }

    @Test
    void reassigningToACoUnitMakesItTheLeadAndNoLongerACoUnit() {
        Task task = task();
        LocalDate today = DEADLINE.plusDays(1);

        task.reassign(coUnit, today.plusDays(10), "改由移动牵头", office, NOW, today);

        assertThat(task.getLeadUnit()).isSameAs(coUnit);
        assertThat(task.getCoUnits()).isEmpty();
    }

    @Test
    void aTaskWaitingForAcceptanceIsNotReassigned() {
        Task task = task();
        task.reportProgress("完成", null, List.of(), leadLiaison, NOW, START, false);
        task.requestAcceptance(leadLiaison, null, NOW, DEADLINE.plusDays(3));

        assertThatThrownBy(() -> task.reassign(other, DEADLINE.plusDays(30), "逾期", office, NOW, DEADLINE.plusDays(5)))
                .hasMessage("task.rule.reassignPending");
    }

    @Test
    void aTaskWithoutAReportForMoreThanTheConfiguredDaysIsFlaggedStale() {
        Task task = task();
        // never reported: counted from the start
        assertThat(task.isStale(START.plusDays(7), 7)).isFalse();
        assertThat(task.isStale(START.plusDays(8), 7)).isTrue();

        LocalDate reported = LocalDate.of(2026, 4, 1);
        task.reportProgress("进展", null, List.of(), leadLiaison, NOW, reported, false);
        assertThat(task.isStale(reported.plusDays(7), 7)).isFalse();
        assertThat(task.isStale(reported.plusDays(8), 7)).isTrue();
        assertThat(task.isStale(reported.plusDays(8), 10)).isFalse();

        task.requestAcceptance(leadLiaison, null, NOW, reported.plusDays(1));
        assertThat(task.isStale(reported.plusDays(30), 7)).as("waiting for the office, not for the unit").isFalse();
    }

    @Test
    void aTaskNotYetStartedIsNotStale() {
        Task task = new Task("b", "1", "t", "c", lead, List.of(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                office, NOW);

        assertThat(task.isStale(LocalDate.of(2026, 8, 1), 7)).isFalse();
    }

    @Test
    void coUnitsNeverIncludeTheLeadUnitAndTheDeadlineIsNotBeforeTheStart() {
        Task task = new Task("b", "1", "t", "c", lead, List.of(lead, coUnit), START, DEADLINE, office, NOW);

        assertThat(task.getCoUnits()).containsExactly(coUnit);
        assertThatThrownBy(() -> new Task("b", "1", "t", "c", lead, List.of(), DEADLINE, START, office, NOW))
                .hasMessage("task.rule.deadlineBeforeStart");
        assertThatThrownBy(() -> task.describe(null, null, null, "个", null))
                .hasMessage("task.rule.measureWithoutQuantity");
    }

    @Test
    void theCodeSortsByItsNumber() {
        assertThat(Task.leadingNumber("10")).isEqualTo(10);
        assertThat(Task.leadingNumber("A-12")).isEqualTo(12);
        assertThat(Task.leadingNumber("一")).isZero();
    }

    @Test
    void eachUnitReportsItsOwnFigureAndTheTaskAddsThemUp() {
        Task task = task();

        task.reportProgress("牵头完成40", new BigDecimal("40"), List.of(), leadLiaison, NOW, START, false);
        task.reportProgress("配合完成30", new BigDecimal("30"), List.of(), coLiaison, NOW, START, false);
        task.reportProgress("牵头完成50", new BigDecimal("50"), List.of(), leadLiaison, NOW, START, false);

        assertThat(task.getContributions()).containsOnlyKeys(1L, 2L);
        assertThat(task.getContributions().get(1L)).isEqualByComparingTo("50");
        assertThat(task.getContributions().get(2L)).isEqualByComparingTo("30");
        assertThat(task.getQuantityDone()).isEqualByComparingTo("80");
        assertThat(task.ownContribution(coLiaison)).isEqualByComparingTo("30");
        assertThat(task.othersContribution(coLiaison)).isEqualByComparingTo("50");
        // the office reports for the lead unit, never over a co-unit's figure
        task.reportProgress("办公室代报", new BigDecimal("60"), List.of(), office, NOW, START, false);
        assertThat(task.getContributions().get(2L)).isEqualByComparingTo("30");
        assertThat(task.getQuantityDone()).isEqualByComparingTo("90");
    }

    @Test
    void aTotalAboveTheTargetNeedsConfirmationAndAnAbsurdOneIsRefused() {
        Task task = task();
        task.reportProgress("配合完成100", new BigDecimal("100"), List.of(), coLiaison, NOW, START, false);

        assertThatThrownBy(() -> task.reportProgress("牵头完成100", new BigDecimal("100"), List.of(), leadLiaison, NOW,
                START, false)).isInstanceOf(ConfirmationNeeded.class).hasMessage("task.rule.aboveTarget");
        assertThat(task.getQuantityDone()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> task.reportProgress("牵头完成", new BigDecimal("999999999"), List.of(), leadLiaison,
                NOW, START, true)).isNotInstanceOf(ConfirmationNeeded.class).hasMessage("task.rule.quantityAbsurd");
        // 100 + 219 = 319 > 2 × 159: the sum is what is plausible or not, whoever reported
        assertThatThrownBy(() -> task.reportProgress("牵头完成", new BigDecimal("219"), List.of(), leadLiaison,
                NOW, START, true)).hasMessage("task.rule.quantityAbsurd");

        task.reportProgress("牵头完成100", new BigDecimal("100"), List.of(), leadLiaison, NOW, START, true);
        assertThat(task.getQuantityDone()).isEqualByComparingTo("200");
        assertThat(task.getReports()).hasSize(2);
    }

    @Test
    void closingBelowTheTargetNeedsConfirmationAndTheTimelineKeepsTheFigures() {
        Task task = task();
        task.reportProgress("完成120", new BigDecimal("120"), List.of(), leadLiaison, NOW, START, false);
        task.requestAcceptance(leadLiaison, null, NOW, START.plusDays(1));

        assertThat(task.isBelowTarget()).isTrue();
        assertThatThrownBy(() -> task.close(office, null, NOW, START.plusDays(2), false))
                .isInstanceOf(ConfirmationNeeded.class).hasMessage("task.rule.closeBelowTarget");
        assertThat(task.getStatus()).isEqualTo(TaskStatus.PENDING_ACCEPTANCE);

        task.close(office, "部分路段纳入明年计划", NOW, START.plusDays(2), true);

        TaskEvent last = task.getEvents().get(task.getEvents().size() - 1);
        assertThat(last.getType()).isEqualTo(TaskEventType.CLOSE_BELOW_TARGET);
        assertThat(last.getQuantity()).isEqualByComparingTo("120");
        assertThat(last.getTarget()).isEqualByComparingTo("159");
        assertThat(last.getComment()).isEqualTo("部分路段纳入明年计划");
        assertThat(task.getStatus()).isEqualTo(TaskStatus.CLOSED);
    }
}

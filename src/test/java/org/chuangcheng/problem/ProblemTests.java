package org.chuangcheng.problem;

import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The problem life cycle as pure rules: every legal step and every illegal one. */
class ProblemTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Unit MARKET = unit(1L, "市市场监管局");
    static final Unit CITY = unit(2L, "市城管局");
    static final Checkpoint CHECKPOINT = new Checkpoint("农贸市场", null, null, "解放路1号", MARKET);
    static final Actor OFFICE = new Actor(10L, "office", "王创城", Role.OFFICE, null);
    static final Actor INSPECTOR = new Actor(11L, "inspector", "赵督查", Role.INSPECTOR, null);
    static final Actor LEADER = new Actor(12L, "leader", "李市长", Role.LEADER, null);
    static final Actor LIAISON = new Actor(13L, "liaison", "陈联络", Role.LIAISON, 1L);
    static final Actor OTHER_LIAISON = new Actor(14L, "liaison2", "周联络", Role.LIAISON, 2L);

    static Unit unit(Long id, String name) {
        Unit unit = new Unit(name, null, UnitType.BUREAU, null);
        ReflectionTestUtils.setField(unit, "id", id);
        return unit;
    }

    static Moment on(LocalDate day) {
        return new Moment(day.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(8)), day);
    }

    static Problem assigned(LocalDate deadline) {
        return Problem.assign(ProblemOrigin.INSPECTION, null, CHECKPOINT, null, "摊位占道经营", MARKET,
                ProblemSeverity.GENERAL, deadline, List.of(), INSPECTOR, on(MONDAY));
    }

    static Problem inState(ProblemStatus status) {
        Problem p = assigned(MONDAY.plusDays(7));
        switch (status) {
            case ASSIGNED -> { }
            case SUBMITTED -> p.submit("已整改", List.of(), LIAISON, on(MONDAY.plusDays(1)));
            case RETURNED -> {
                p.submit("已整改", List.of(), LIAISON, on(MONDAY.plusDays(1)));
                p.returnToUnit("照片不清楚", OFFICE, on(MONDAY.plusDays(2)));
            }
            case CLOSED -> {
                p.submit("已整改", List.of(), LIAISON, on(MONDAY.plusDays(1)));
                p.close(null, OFFICE, on(MONDAY.plusDays(2)));
            }
            case CANCELLED -> p.cancel("重复", OFFICE, on(MONDAY.plusDays(1)));
        }
        assertThat(p.getStatus()).isEqualTo(status);
        return p;
    }

    @Test
    void assigningRecordsTheFirstEventWithTheDeadline() {
        Problem p = assigned(MONDAY.plusDays(7));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
        assertThat(p.getAssignedOn()).isEqualTo(MONDAY);
        assertThat(p.getEvents()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(ProblemEventType.ASSIGN);
            assertThat(e.getFromStatus()).isNull();
            assertThat(e.getToStatus()).isEqualTo(ProblemStatus.ASSIGNED);
            assertThat(e.getNewDeadline()).isEqualTo(MONDAY.plusDays(7));
            assertThat(e.getNewUnitId()).isEqualTo(1L);
            assertThat(e.getActorId()).isEqualTo(INSPECTOR.accountId());
        });
    }

    @Test
    void assigningRefusesWrongDeadlinesAndUnauthorisedPeople() {
        assertRefused(() -> Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, "x", MARKET,
                ProblemSeverity.LONG_TERM, MONDAY.plusDays(3), List.of(), OFFICE, on(MONDAY)), "problem.deadline.longTerm");
        assertRefused(() -> Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, "x", MARKET,
                ProblemSeverity.GENERAL, null, List.of(), OFFICE, on(MONDAY)), "problem.deadline.required");
        assertRefused(() -> Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, "x", MARKET,
                ProblemSeverity.GENERAL, MONDAY.minusDays(1), List.of(), OFFICE, on(MONDAY)),
                "problem.deadline.beforeAssigned");
        assertRefused(() -> Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, " ", MARKET,
                ProblemSeverity.GENERAL, MONDAY, List.of(), OFFICE, on(MONDAY)), "problem.description.required");
        assertRefused(() -> Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, "x", MARKET,
                ProblemSeverity.GENERAL, MONDAY, List.of(), LIAISON, on(MONDAY)), "problem.step.notPermitted");
        Problem longTerm = Problem.assign(ProblemOrigin.MANUAL, null, CHECKPOINT, null, "道路改造", MARKET,
                ProblemSeverity.LONG_TERM, null, List.of(), OFFICE, on(MONDAY));
        assertThat(longTerm.getDeadline()).isNull();
        assertThat(longTerm.isOverdue(MONDAY.plusYears(1))).isFalse();
    }

    @Test
    void theUnitsLiaisonSubmitsEvidenceForVerification() {
        Problem p = assigned(MONDAY.plusDays(7));
        Rectification r = p.submit(" 已清理 ", List.of(), LIAISON, on(MONDAY.plusDays(1)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(r.getOutcome()).isEqualTo(RectificationOutcome.PENDING);
        assertThat(r.getText()).isEqualTo("已清理");
        assertThat(r.getSubmittedOn()).isEqualTo(MONDAY.plusDays(1));
        assertThat(p.getEvents()).last().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(ProblemEventType.SUBMIT);
            assertThat(e.getFromStatus()).isEqualTo(ProblemStatus.ASSIGNED);
            assertThat(e.getToStatus()).isEqualTo(ProblemStatus.SUBMITTED);
        });
    }

    @Test
    void onlyTheResponsibleUnitsLiaisonSubmits() {
        assertRefused(() -> assigned(MONDAY).submit("x", List.of(), OTHER_LIAISON, on(MONDAY)),
                "problem.submit.notResponsibleUnit");
        assertRefused(() -> assigned(MONDAY).submit("x", List.of(), OFFICE, on(MONDAY)),
                "problem.submit.notResponsibleUnit");
        assertRefused(() -> assigned(MONDAY).submit(" ", List.of(), LIAISON, on(MONDAY)), "problem.evidence.required");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"SUBMITTED", "CLOSED", "CANCELLED"})
    void submittingIsRefusedUnlessAssignedOrReturned(ProblemStatus status) {
        assertRefused(() -> inState(status).submit("x", List.of(), LIAISON, on(MONDAY.plusDays(3))),
                "problem.submit.illegal");
    }

    @Test
    void aReturnedProblemCanBeSubmittedAgain() {
        Problem p = inState(ProblemStatus.RETURNED);
        p.submit("重新整改", List.of(), LIAISON, on(MONDAY.plusDays(3)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(p.getRectifications()).extracting(Rectification::getOutcome)
                .containsExactly(RectificationOutcome.RETURNED, RectificationOutcome.PENDING);
    }

    @Test
    void closingAcceptsTheEvidenceAndKeepsItsSubmissionDay() {
        Problem p = assigned(MONDAY.plusDays(7));
        p.submit("已整改", List.of(), LIAISON, on(MONDAY.plusDays(7)));
        p.close("符合要求", OFFICE, on(MONDAY.plusDays(12)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(p.getClosedAt()).isNotNull();
        assertThat(p.getAcceptedSubmittedOn()).isEqualTo(MONDAY.plusDays(7));
        assertThat(p.getRectifications().get(0).getOutcome()).isEqualTo(RectificationOutcome.ACCEPTED);
        assertThat(p.getRectifications().get(0).getReviewedBy()).isEqualTo(OFFICE.accountId());
        // submitted on the deadline day: on time, however slow the verification
        assertThat(p.isClosedOnTime()).isTrue();
        assertThat(p.isOverdue(MONDAY.plusDays(30))).isFalse();
    }

    @Test
    void evidenceSubmittedAfterTheDeadlineIsLate() {
        Problem p = assigned(MONDAY.plusDays(7));
        p.submit("已整改", List.of(), LIAISON, on(MONDAY.plusDays(8)));
        p.close(null, OFFICE, on(MONDAY.plusDays(9)));
        assertThat(p.isClosedOnTime()).isFalse();
    }

    @Test
    void afterAReturnTheFinallyAcceptedSubmissionCounts() {
        Problem p = assigned(MONDAY.plusDays(7));
        p.submit("第一次", List.of(), LIAISON, on(MONDAY.plusDays(2)));
        p.returnToUnit("不到位", OFFICE, on(MONDAY.plusDays(3)));
        p.submit("第二次", List.of(), LIAISON, on(MONDAY.plusDays(9)));
        p.close(null, OFFICE, on(MONDAY.plusDays(10)));
        assertThat(p.getAcceptedSubmittedOn()).isEqualTo(MONDAY.plusDays(9));
        assertThat(p.isClosedOnTime()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"ASSIGNED", "RETURNED", "CLOSED", "CANCELLED"})
    void closingIsRefusedUnlessEvidenceIsWaiting(ProblemStatus status) {
        assertRefused(() -> inState(status).close(null, OFFICE, on(MONDAY.plusDays(4))), "problem.close.illegal");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"ASSIGNED", "RETURNED", "CLOSED", "CANCELLED"})
    void returningIsRefusedUnlessEvidenceIsWaiting(ProblemStatus status) {
        assertRefused(() -> inState(status).returnToUnit("x", OFFICE, on(MONDAY.plusDays(4))), "problem.return.illegal");
    }

    @Test
    void onlyTheOfficeVerifies() {
        for (Actor actor : List.of(LIAISON, INSPECTOR, LEADER)) {
            assertRefused(() -> inState(ProblemStatus.SUBMITTED).close(null, actor, on(MONDAY.plusDays(3))),
                    "problem.step.notPermitted");
            assertRefused(() -> inState(ProblemStatus.SUBMITTED).returnToUnit("x", actor, on(MONDAY.plusDays(3))),
                    "problem.step.notPermitted");
            assertRefused(() -> inState(ProblemStatus.ASSIGNED).reassign(CITY, "x", actor, on(MONDAY.plusDays(3))),
                    "problem.step.notPermitted");
            assertRefused(() -> inState(ProblemStatus.ASSIGNED).extend(MONDAY.plusDays(30), "x", actor,
                    on(MONDAY.plusDays(3))), "problem.step.notPermitted");
            assertRefused(() -> inState(ProblemStatus.ASSIGNED).cancel("x", actor, on(MONDAY.plusDays(3))),
                    "problem.step.notPermitted");
        }
    }

    @Test
    void returningNeedsAReason() {
        Problem p = inState(ProblemStatus.SUBMITTED);
        assertRefused(() -> p.returnToUnit("  ", OFFICE, on(MONDAY.plusDays(3))), "problem.reason.required");
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
        p.returnToUnit("照片不清楚", OFFICE, on(MONDAY.plusDays(3)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.RETURNED);
        assertThat(p.getEvents()).last().extracting(ProblemEvent::getComment).isEqualTo("照片不清楚");
        assertThat(p.getRectifications().get(0).getReviewComment()).isEqualTo("照片不清楚");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"ASSIGNED", "RETURNED"})
    void reassigningHandsTheProblemToAnotherUnitAfresh(ProblemStatus status) {
        Problem p = inState(status);
        p.reassign(CITY, "属城管职责", OFFICE, on(MONDAY.plusDays(4)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
        assertThat(p.getResponsibleUnit()).isSameAs(CITY);
        assertThat(p.getEvents()).last().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(ProblemEventType.REASSIGN);
            assertThat(e.getOldUnitId()).isEqualTo(1L);
            assertThat(e.getNewUnitId()).isEqualTo(2L);
        });
        // now the old unit's liaison may no longer submit, the new one may
        assertRefused(() -> p.submit("x", List.of(), LIAISON, on(MONDAY.plusDays(5))), "problem.submit.notResponsibleUnit");
        p.submit("x", List.of(), OTHER_LIAISON, on(MONDAY.plusDays(5)));
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"SUBMITTED", "CLOSED", "CANCELLED"})
    void reassigningIsRefusedWhileEvidenceWaitsOrAfterTheEnd(ProblemStatus status) {
        assertRefused(() -> inState(status).reassign(CITY, "x", OFFICE, on(MONDAY.plusDays(4))),
                "problem.reassign.illegal");
    }

    @Test
    void reassigningNeedsAnotherUnitAndAReason() {
        assertRefused(() -> inState(ProblemStatus.ASSIGNED).reassign(MARKET, "x", OFFICE, on(MONDAY)),
                "problem.reassign.sameUnit");
        assertRefused(() -> inState(ProblemStatus.ASSIGNED).reassign(CITY, "", OFFICE, on(MONDAY)),
                "problem.reason.required");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"ASSIGNED", "SUBMITTED", "RETURNED"})
    void extendingKeepsTheOldDeadlineInTheEventAndTheStatus(ProblemStatus status) {
        Problem p = inState(status);
        LocalDate old = p.getDeadline();
        p.extend(old.plusDays(10), "施工周期长", OFFICE, on(MONDAY.plusDays(4)));
        assertThat(p.getDeadline()).isEqualTo(old.plusDays(10));
        assertThat(p.getStatus()).isEqualTo(status);
        assertThat(p.getEvents()).last().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(ProblemEventType.EXTEND);
            assertThat(e.getOldDeadline()).isEqualTo(old);
            assertThat(e.getNewDeadline()).isEqualTo(old.plusDays(10));
            assertThat(e.getFromStatus()).isEqualTo(status);
            assertThat(e.getToStatus()).isEqualTo(status);
        });
    }

    @Test
    void extendingRefusesAnEarlierDeadlineOrNoReasonOrAnEndedProblem() {
        Problem p = inState(ProblemStatus.ASSIGNED);
        assertRefused(() -> p.extend(p.getDeadline(), "x", OFFICE, on(MONDAY)), "problem.extend.notLater");
        assertRefused(() -> p.extend(p.getDeadline().plusDays(1), " ", OFFICE, on(MONDAY)), "problem.reason.required");
        assertRefused(() -> p.extend(null, "x", OFFICE, on(MONDAY)), "problem.deadline.required");
        assertRefused(() -> inState(ProblemStatus.CLOSED).extend(MONDAY.plusDays(60), "x", OFFICE, on(MONDAY)),
                "problem.extend.illegal");
        assertRefused(() -> inState(ProblemStatus.CANCELLED).extend(MONDAY.plusDays(60), "x", OFFICE, on(MONDAY)),
                "problem.extend.illegal");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"ASSIGNED", "SUBMITTED", "RETURNED"})
    void cancellingEndsAnOpenProblemWithAReason(ProblemStatus status) {
        Problem p = inState(status);
        assertRefused(() -> p.cancel(null, OFFICE, on(MONDAY.plusDays(4))), "problem.reason.required");
        p.cancel("重复交办", OFFICE, on(MONDAY.plusDays(4)));
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.CANCELLED);
        assertThat(p.isOverdue(MONDAY.plusYears(1))).isFalse();
        assertThat(p.getEvents()).last().extracting(ProblemEvent::getType).isEqualTo(ProblemEventType.CANCEL);
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"CLOSED", "CANCELLED"})
    void cancellingIsRefusedAfterTheEnd(ProblemStatus status) {
        assertRefused(() -> inState(status).cancel("x", OFFICE, on(MONDAY.plusDays(4))), "problem.cancel.illegal");
    }

    @Test
    void overdueMeansOpenWithADeadlineBeforeToday() {
        Problem p = assigned(MONDAY.plusDays(7));
        assertThat(p.isOverdue(MONDAY.plusDays(7))).isFalse();
        assertThat(p.isOverdue(MONDAY.plusDays(8))).isTrue();
        p.submit("x", List.of(), LIAISON, on(MONDAY.plusDays(8)));
        assertThat(p.isOverdue(MONDAY.plusDays(9))).isTrue();
        p.close(null, OFFICE, on(MONDAY.plusDays(9)));
        assertThat(p.isOverdue(MONDAY.plusDays(9))).isFalse();
    }

    @Test
    void everyStepLeavesAnEventAndNothingIsRemoved() {
        Problem p = assigned(MONDAY.plusDays(7));
        p.submit("a", List.of(), LIAISON, on(MONDAY.plusDays(1)));
        p.returnToUnit("b", OFFICE, on(MONDAY.plusDays(2)));
        p.extend(MONDAY.plusDays(20), "c", OFFICE, on(MONDAY.plusDays(3)));
        p.reassign(CITY, "d", OFFICE, on(MONDAY.plusDays(4)));
        p.submit("e", List.of(), OTHER_LIAISON, on(MONDAY.plusDays(5)));
        p.close(null, OFFICE, on(MONDAY.plusDays(6)));
        assertThat(p.getEvents()).extracting(ProblemEvent::getType).containsExactly(ProblemEventType.ASSIGN,
                ProblemEventType.SUBMIT, ProblemEventType.RETURN, ProblemEventType.EXTEND, ProblemEventType.REASSIGN,
                ProblemEventType.SUBMIT, ProblemEventType.CLOSE);
        assertThat(p.getEvents()).extracting(ProblemEvent::getOccurredAt).isSorted();
        assertThat(p.getRectifications()).hasSize(2);
        assertThat(Instant.now()).isAfter(p.getClosedAt());
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String key) {
        assertThatThrownBy(step).isInstanceOfAny(IllegalStep.class, NotPermitted.class).hasMessage(key);
    }
}

package org.chuangcheng.problem;

import org.chuangcheng.shared.Moment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointDetails;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list scopes of the URL contract (and the rates behind them) against a hand-made set of problems at
 * a fresh checkpoint, one in each situation.
 */
class ProblemScopeTests extends AbstractIntegrationTests {

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    Actor office;
    Actor liaison;
    Checkpoint checkpoint;
    LocalDate today;

    @BeforeEach
    void problemsInEverySituation() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        checkpoint = checkpoints.create(office, new CheckpointDetails("范围测试点位 " + UUID.randomUUID(),
                catalog.categories().get(0).getId(), units.districts().get(0).getId(), "测试路1号", null, null,
                liaison.unitId(), null, false));
        today = problems.today();
        List<Problem> made = new ArrayList<>();
        made.add(assigned(today.minusDays(3), today.plusDays(30)));            // open, not due soon
        made.add(assigned(today.minusDays(20), today.minusDays(1)));           // overdue
        made.add(assigned(today.minusDays(1), today));                         // due today: due soon
        Problem onTime = assigned(today.minusDays(20), today.minusDays(10));
        onTime.submit("done", List.of(), liaison, at(today.minusDays(10)));
        onTime.close(null, office, at(today.minusDays(5)));                    // verified late, still on time
        made.add(onTime);
        Problem late = assigned(today.minusDays(20), today.minusDays(10));
        late.submit("done", List.of(), liaison, at(today.minusDays(9)));
        late.close(null, office, at(today.minusDays(8)));
        made.add(late);
        Problem cancelled = assigned(today.minusDays(20), today.minusDays(10));
        cancelled.cancel("重复", office, at(today.minusDays(19)));
        made.add(cancelled);
        made.add(Problem.assign(ProblemOrigin.MANUAL, null, checkpoint, null, "长期", checkpoint.getResponsibleUnit(),
                ProblemSeverity.LONG_TERM, null, List.of(), office, at(today.minusDays(4))));
        Problem returned = assigned(today.minusDays(5), today.plusDays(20));
        returned.submit("done", List.of(), liaison, at(today.minusDays(4)));
        returned.returnToUnit("不到位", office, at(today.minusDays(3)));
        made.add(returned);
        Problem pending = assigned(today.minusDays(5), today.plusDays(20));
        pending.submit("done", List.of(), liaison, at(today.minusDays(1)));
        made.add(pending);
        problems.importHistory(made);
    }

    Problem assigned(LocalDate on, LocalDate deadline) {
        return Problem.assign(ProblemOrigin.MANUAL, null, checkpoint, null, "问题", checkpoint.getResponsibleUnit(),
                ProblemSeverity.GENERAL, deadline, List.of(), office, at(on));
    }

    Moment at(LocalDate day) {
        return new Moment(day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), day);
    }

    long count(ProblemScope scope) {
        return problems.count(office, new ProblemFilter(null, null, null, null, checkpoint.getId(), null, null, scope,
                null, null));
    }

    @Test
    void eachScopeCountsWhatDomainMdSays() {
        assertThat(count(null)).isEqualTo(9);
        assertThat(count(ProblemScope.ASSIGNED)).isEqualTo(8);
        assertThat(count(ProblemScope.WITH_DEADLINE)).isEqualTo(7);
        assertThat(count(ProblemScope.CLOSED)).isEqualTo(2);
        assertThat(count(ProblemScope.DUE)).isEqualTo(3);
        assertThat(count(ProblemScope.ON_TIME)).isEqualTo(1);
        assertThat(count(ProblemScope.OVERDUE)).isEqualTo(1);
        assertThat(count(ProblemScope.OPEN)).isEqualTo(6);
        assertThat(count(ProblemScope.DUE_SOON)).isEqualTo(1);
        assertThat(count(ProblemScope.RETURNED)).isEqualTo(1);
        assertThat(count(ProblemScope.PENDING)).isEqualTo(1);
    }

    @Test
    void theWorkspaceFiguresInOneQueryAreTheScopeCounts() {
        Actor otherLiaison = accounts.findByUsername("liaison2").orElseThrow().toActor();
        for (Actor actor : List.of(office, liaison, otherLiaison)) {
            assertThat(problems.counts(actor)).as(actor.username()).isEqualTo(new ProblemCounts(
                    problems.count(actor, ProblemFilter.of(ProblemScope.OPEN)),
                    problems.count(actor, ProblemFilter.of(ProblemScope.DUE_SOON)),
                    problems.count(actor, ProblemFilter.of(ProblemScope.OVERDUE)),
                    problems.count(actor, ProblemFilter.of(ProblemScope.RETURNED)),
                    problems.count(actor, ProblemFilter.of(ProblemScope.PENDING))));
        }
        ProblemCounts own = problems.counts(liaison);
        assertThat(List.of(own.open(), own.dueSoon(), own.overdue(), own.returned(), own.pending()))
                .as("the fresh checkpoint's problems are among the liaison's").allMatch(n -> n > 0);
    }

    @Test
    void thePeriodIsInclusiveOnTheAssignmentDay() {
        ProblemFilter lastFiveDays = new ProblemFilter(null, null, null, null, checkpoint.getId(), today.minusDays(5),
                today.minusDays(1), ProblemScope.ASSIGNED, null, null);
        // assigned 5, 5, 4, 3 and 1 days ago
        assertThat(problems.count(office, lastFiveDays)).isEqualTo(5);
    }

    @Test
    void aLiaisonCountsOnlyHerUnitWhateverTheFilterSays() {
        Actor other = accounts.findByUsername("liaison2").orElseThrow().toActor();
        assertThat(problems.count(other, new ProblemFilter(liaison.unitId(), null, null, null, checkpoint.getId(), null,
                null, null, null, null))).isZero();
        assertThat(problems.count(liaison, new ProblemFilter(null, null, null, null, checkpoint.getId(), null, null,
                null, null, null))).isEqualTo(9);
    }
}

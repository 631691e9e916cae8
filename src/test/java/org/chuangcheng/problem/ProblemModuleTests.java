package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The events the problem feature publishes, one per step of the loop, with the facts listeners need.
 * A module test on the shared application context ({@link EnableScenarios}) rather than
 * {@code @ApplicationModuleTest}: a partial context per feature would start another context (and load
 * another demo city) per module, while the boundaries themselves are verified by {@code ModularityTests}.
 */
@EnableScenarios
class ProblemModuleTests extends AbstractIntegrationTests {

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    Actor office;
    Actor liaison;
    Checkpoint checkpoint;

    @BeforeEach
    void actors() {
        office = actor("office");
        liaison = actor("liaison");
        checkpoint = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
    }

    @Test
    void raisingSubmittingAndClosingAreAnnounced(Scenario scenario) {
        AtomicReference<Problem> raising = new AtomicReference<>();
        scenario.stimulate(() -> raise())
                .andWaitForEventOfType(ProblemAssigned.class)
                .toArriveAndVerify((event, problem) -> {
                    raising.set(problem);
                    assertThat(event.problemId()).isEqualTo(problem.getId());
                    assertThat(event.unitId()).isEqualTo(liaison.unitId());
                    assertThat(event.checkpointId()).isEqualTo(checkpoint.getId());
                    assertThat(event.inspectionId()).isNull();
                    assertThat(event.deadline()).isEqualTo(problem.getDeadline());
                });
        Problem raised = raising.get();
        Problem submitted = problems.get(office, raised.getId());

        scenario.stimulate(() -> problems.submit(liaison, submitted.getId(), submitted.getVersion(), "已整改",
                        UploadedFiles.afterPhoto()))
                .andWaitForEventOfType(RectificationSubmitted.class)
                .matchingMappedValue(RectificationSubmitted::problemId, raised.getId())
                .toArriveAndVerify(event -> assertThat(event.submittedOn()).isEqualTo(problems.today()));
        long version = problems.get(office, raised.getId()).getVersion();

        scenario.stimulate(() -> problems.close(office, raised.getId(), version, null))
                .andWaitForEventOfType(ProblemClosed.class)
                .matchingMappedValue(ProblemClosed::problemId, raised.getId())
                .toArriveAndVerify(event -> {
                    assertThat(event.onTime()).isTrue();
                    assertThat(event.acceptedSubmittedOn()).isEqualTo(problems.today());
                    assertThat(event.unitId()).isEqualTo(liaison.unitId());
                });
    }

    @Test
    void returningReassigningExtendingAndCancellingAreAnnounced(Scenario scenario) {
        Problem problem = raise();
        Long id = problem.getId();
        problems.submit(liaison, id, problem.getVersion(), "已整改", UploadedFiles.afterPhoto());

        scenario.stimulate(() -> problems.returnToUnit(office, id, version(id), "照片不清"))
                .andWaitForEventOfType(ProblemReturned.class)
                .matchingMappedValue(ProblemReturned::problemId, id)
                .toArriveAndVerify(event -> assertThat(event.unitId()).isEqualTo(liaison.unitId()));

        Long otherUnit = actor("liaison2").unitId();
        scenario.stimulate(() -> problems.reassign(office, id, version(id), otherUnit, "职责调整"))
                .andWaitForEventOfType(ProblemReassigned.class)
                .matchingMappedValue(ProblemReassigned::problemId, id)
                .toArriveAndVerify(event -> {
                    assertThat(event.fromUnitId()).isEqualTo(liaison.unitId());
                    assertThat(event.toUnitId()).isEqualTo(otherUnit);
                });

        var later = problem.getDeadline().plusDays(10);
        scenario.stimulate(() -> problems.extend(office, id, version(id), later, "需采购"))
                .andWaitForEventOfType(DeadlineExtended.class)
                .matchingMappedValue(DeadlineExtended::problemId, id)
                .toArriveAndVerify(event -> {
                    assertThat(event.oldDeadline()).isEqualTo(problem.getDeadline());
                    assertThat(event.newDeadline()).isEqualTo(later);
                    assertThat(event.unitId()).isEqualTo(otherUnit);
                });

        scenario.stimulate(() -> problems.cancel(office, id, version(id), "重复交办"))
                .andWaitForEventOfType(ProblemCancelled.class)
                .matchingMappedValue(ProblemCancelled::problemId, id)
                .toArrive();
    }

    Problem raise() {
        return problems.raise(office, new NewProblem(checkpoint.getId(), null, null, "事件 " + UUID.randomUUID(),
                ProblemSeverity.GENERAL, null, null), List.of());
    }

    long version(Long id) {
        return problems.get(office, id).getVersion();
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}

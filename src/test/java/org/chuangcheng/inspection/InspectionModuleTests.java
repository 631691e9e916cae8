package org.chuangcheng.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemAssigned;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * What the inspection feature announces (an inspection finished) and how it reacts to the problem
 * feature's events: an inspection is marked 整改完毕 once every problem it raised is closed or cancelled,
 * and loses the mark when a new problem is added to it. On the shared context, see ProblemModuleTests.
 */
@EnableScenarios
class InspectionModuleTests extends AbstractIntegrationTests {

    /** The listeners run after commit on another thread, behind whatever the demo city left queued. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    InspectionManagement inspections;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    AccountManagement accounts;

    Actor office;
    Actor inspector;
    Actor liaison;
    Checkpoint checkpoint;
    List<Standard> checklist;

    @BeforeEach
    void actors() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        inspector = accounts.findByUsername("inspector").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        checkpoint = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        checklist = catalog.checklist(checkpoint.getCategory().getId());
    }

    @Test
    void finishingAnInspectionIsAnnounced(Scenario scenario) {
        AtomicReference<Inspection> finishing = new AtomicReference<>();
        scenario.stimulate(() -> inspect(2))
                .andWaitForEventOfType(InspectionFinished.class)
                .toArriveAndVerify((event, inspection) -> {
                    finishing.set(inspection);
                    assertThat(event.inspectionId()).isEqualTo(inspection.getId());
                    assertThat(event.checkpointId()).isEqualTo(checkpoint.getId());
                    assertThat(event.unitId()).isEqualTo(liaison.unitId());
                    assertThat(event.assessed()).isEqualTo(checklist.size());
                    assertThat(event.passed()).isEqualTo(checklist.size() - 2);
                });

        Inspection finished = finishing.get();
        assertThat(problems.raisedBy(office, finished.getId())).hasSize(2);
        assertThat(inspections.get(office, finished.getId()).getRectifiedAt()).isNull();
    }

    @Test
    void anInspectionIsRectifiedOnceEveryProblemItRaisedIsClosedOrCancelled(Scenario scenario) {
        Inspection inspection = inspect(2);
        List<Problem> raised = problems.raisedBy(office, inspection.getId());
        Problem first = raised.get(0);
        Problem second = raised.get(1);
        problems.submit(liaison, first.getId(), first.getVersion(), "已整改", UploadedFiles.afterPhoto());
        problems.close(office, first.getId(), problems.get(office, first.getId()).getVersion(), null);

        scenario.stimulate(() -> problems.cancel(office, second.getId(), second.getVersion(), "重复交办"))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> rectifiedAt(inspection))
                .andVerify(at -> assertThat(at).isNotNull());

        // a problem found later at the same inspection reopens it
        scenario.stimulate(() -> problems.raise(office, new org.chuangcheng.problem.NewProblem(checkpoint.getId(),
                        inspection.getId(), null, "补充发现的问题", org.chuangcheng.problem.ProblemSeverity.GENERAL, null,
                        null), List.of()))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> rectifiedAt(inspection) == null)
                .andVerify(reopened -> assertThat(reopened).isTrue());
    }

    @Test
    void problemsAnnounceTheInspectionThatFoundThem(Scenario scenario) {
        scenario.stimulate(() -> inspect(1))
                .andWaitForEventOfType(ProblemAssigned.class)
                .toArriveAndVerify((event, inspection) -> assertThat(event.inspectionId())
                        .isEqualTo(inspection.getId()));
    }

    Instant rectifiedAt(Inspection inspection) {
        return inspections.get(office, inspection.getId()).getRectifiedAt();
    }

    /** A finished inspection of the liaison's checkpoint in which the first {@code failures} standards failed. */
    Inspection inspect(int failures) {
        Map<Long, ItemResult> results = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (int i = 0; i < checklist.size(); i++) {
            results.put(checklist.get(i).getId(), i < failures ? ItemResult.FAIL : ItemResult.PASS);
            if (i < failures) {
                notes.put(checklist.get(i).getId(), "第" + (i + 1) + "项不达标");
            }
        }
        return inspections.create(inspector, checkpoint.getId(), new InspectionRecord(InspectionType.MONTHLY,
                Instant.now(), "赵督查", null, null, null, results, notes), List.of(), true);
    }
}

package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The loop's steps reach the right people's bells through the problem feature's events: assigned and returned to
 * the unit's liaisons, evidence to the office, a reassignment to both units.
 */
@EnableScenarios
class EventNotificationTests extends AbstractIntegrationTests {

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

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
    void eachStepReachesTheRightPeople(Scenario scenario) {
        Problem problem = problems.raise(office, new NewProblem(checkpoint.getId(), null, null,
                "通知测试 " + UUID.randomUUID(), ProblemSeverity.GENERAL, null, null), List.of());
        Long id = problem.getId();
        scenario.stimulate(() -> id).andWaitForStateChange(() -> count(id, "PROBLEM_ASSIGNED", "liaison"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        assertThat(count(id, "PROBLEM_ASSIGNED", "office")).isZero();

        problems.submit(liaison, id, problems.get(office, id).getVersion(), "已整改",
                org.chuangcheng.attachment.UploadedFiles.afterPhoto());
        scenario.stimulate(() -> id).andWaitForStateChange(() -> count(id, "EVIDENCE_SUBMITTED", "office"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        problems.returnToUnit(office, id, problems.get(office, id).getVersion(), "照片不清");
        scenario.stimulate(() -> id).andWaitForStateChange(() -> count(id, "PROBLEM_RETURNED", "liaison"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        problems.reassign(office, id, problems.get(office, id).getVersion(), actor("liaison2").unitId(), "职责调整");
        scenario.stimulate(() -> id).andWaitForStateChange(() -> count(id, "PROBLEM_ASSIGNED", "liaison2"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.stimulate(() -> id).andWaitForStateChange(() -> count(id, "PROBLEM_REASSIGNED_AWAY", "liaison"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    long count(Long problemId, String kind, String username) {
        return jdbc.queryForObject("""
                select count(*) from notifications n join accounts a on a.id = n.recipient_id
                where n.record_id = ? and n.kind = ? and a.username = ?
                """, Long.class, problemId, kind, username);
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}

package org.chuangcheng.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitHeads;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A unit of its own (with a liaison and the head the office named) whose problems a test counts by hand. */
class ReminderFixture {

    final ProblemManagement problems;
    final JdbcTemplate jdbc;
    final Actor office;
    final Long unitId;
    final Account liaison;
    final Account head;
    final Checkpoint checkpoint;

    ReminderFixture(ProblemManagement problems, CheckpointManagement checkpoints, UnitManagement units,
            UnitHeads heads, AccountManagement accounts, JdbcTemplate jdbc) {
        this.problems = problems;
        this.jdbc = jdbc;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        office = accounts.findByUsername("office").orElseThrow().toActor();
        unitId = units.create("提醒测试单位" + tag, "提醒" + tag, UnitType.BUREAU, null).getId();
        liaison = accounts.create("r-l-" + tag, "Demo@2026x", "联络员" + tag, Role.LIAISON, unitId, null);
        head = accounts.create("r-h-" + tag, "Demo@2026x", "负责人" + tag, Role.LEADER, unitId, null);
        heads.assign(office, unitId, units.get(unitId).getVersion(), head.getId());
        checkpoint = checkpoints.search(office, new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 1))
                .getContent().get(0);
    }

    /** A problem of the unit assigned today with the given deadline (within its class's working days). */
    Problem raise(String description, ProblemSeverity severity, LocalDate deadline) {
        return problems.raise(office, new NewProblem(checkpoint.getId(), null, null, description, severity, unitId,
                deadline), List.of());
    }

    /** A problem assigned ten days before its deadline, which has passed. */
    Problem raiseOverdue(String description, LocalDate deadline) {
        LocalDate assignedOn = deadline.minusDays(10);
        Moment then = new Moment(assignedOn.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), assignedOn);
        return problems.raise(office, List.of(new NewProblem(checkpoint.getId(), null, null, description,
                ProblemSeverity.MAJOR, unitId, deadline)), List.of(), then).get(0);
    }

    void submit(Problem problem) {
        problems.submit(liaison.toActor(), problem.getId(), problems.get(office, problem.getId()).getVersion(), "已整改",
                org.chuangcheng.attachment.UploadedFiles.afterPhoto());
    }

    void close(Problem problem) {
        submit(problem);
        problems.close(office, problem.getId(), problems.get(office, problem.getId()).getVersion(), null);
    }

    long count(Long recordId, NotificationKind kind, Account to) {
        return jdbc.queryForObject("select count(*) from notifications where record_id = ? and kind = ? and recipient_id = ?",
                Long.class, recordId, kind.name(), to.getId());
    }

    long count(Long recordId, NotificationKind kind, String username) {
        return jdbc.queryForObject("""
                select count(*) from notifications n join accounts a on a.id = n.recipient_id
                where n.record_id = ? and n.kind = ? and a.username = ?
                """, Long.class, recordId, kind.name(), username);
    }

}

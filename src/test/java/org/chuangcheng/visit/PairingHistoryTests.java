package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointDetails;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pairing history: a change of a checkpoint's paired leader or unit ends one pairing and starts another, and a past
 * month's 走访率 counts the pairings that held in it, each with the visits paid while it held.
 */
class PairingHistoryTests extends AbstractIntegrationTests {

    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    VisitCompliance compliance;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    List<Long> leaders() {
        return jdbc.queryForList("select id from accounts where role = 'LEADER' order by id limit 2", Long.class);
    }

    Checkpoint newCheckpoint(Long leader) {
        Long category = jdbc.queryForObject("select min(id) from checkpoint_categories", Long.class);
        Long district = jdbc.queryForObject("select min(id) from units where type = 'DISTRICT'", Long.class);
        Long unit = jdbc.queryForObject("select min(id) from units where type <> 'DISTRICT'", Long.class);
        return checkpoints.create(office(), new CheckpointDetails("包联历史测试-" + System.nanoTime(), category, district,
                "测试路1号", null, null, unit, leader, false));
    }

    List<Object[]> history(Long checkpoint) {
        return jdbc.query("""
                select leader_id, effective_from, effective_to from checkpoint_pairings where checkpoint_id = ?
                order by effective_from, id""", (rs, i) -> new Object[] {rs.getObject(1, Long.class),
                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)}, checkpoint);
    }

    void visit(Long checkpoint, Long leader, String day) {
        jdbc.update("""
                insert into visits (checkpoint_id, leader_id, visited_on, participants, checked, recorded_by)
                values (?, ?, ?::date, '测试', '测试', ?)""", checkpoint, leader, day, leader);
    }

    @Test
    void changingTheLeaderEndsOnePairingAndStartsAnotherAndDeactivatingEndsIt() {
        List<Long> leaders = leaders();
        Checkpoint checkpoint = newCheckpoint(leaders.get(0));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(history(checkpoint.getId())).singleElement()
                .satisfies(r -> assertThat(r).containsExactly(leaders.get(0), today, null));

        // as if the first pairing had begun twenty days ago
        jdbc.update("update checkpoint_pairings set effective_from = effective_from - 20 where checkpoint_id = ?",
                checkpoint.getId());
        Checkpoint current = checkpoints.get(office(), checkpoint.getId());
        checkpoints.update(office(), current.getId(), current.getVersion(), details(current, leaders.get(1)));
        assertThat(history(checkpoint.getId())).hasSize(2);
        assertThat(history(checkpoint.getId()).get(0)).containsExactly(leaders.get(0), today.minusDays(20), today);
        assertThat(history(checkpoint.getId()).get(1)).containsExactly(leaders.get(1), today, null);

        Checkpoint again = checkpoints.get(office(), checkpoint.getId());
        checkpoints.update(office(), again.getId(), again.getVersion(), details(again, leaders.get(1)));
        assertThat(history(checkpoint.getId())).as("an edit that keeps the pairing records nothing").hasSize(2);

        checkpoints.deactivate(office(), checkpoint.getId());
        assertThat(history(checkpoint.getId())).hasSize(1).allMatch(r -> r[2] != null);
    }

    CheckpointDetails details(Checkpoint c, Long leader) {
        return new CheckpointDetails(c.getName(), c.getCategory().getId(), c.getDistrict().getId(), c.getAddress(),
                c.getLatitude(), c.getLongitude(), c.getResponsibleUnit().getId(), leader, c.isSecondary());
    }

    /**
     * June 2019: leader A paired until the 15th, leader B from the 15th. A visited on the 10th (counts) and on the
     * 20th (no longer hers: does not count); B has not visited. Hand count for the checkpoint: 2 pairings, 1 visited.
     * May has A's pairing only, July B's only.
     */
    @Test
    void aPastMonthIsMeasuredAgainstThePairingsThatHeldThenWithAChangeMidMonth() {
        List<Long> leaders = leaders();
        Long a = leaders.get(0);
        Long b = leaders.get(1);
        Checkpoint checkpoint = newCheckpoint(b);
        jdbc.update("update checkpoint_pairings set effective_from = date '2019-06-15' where checkpoint_id = ?",
                checkpoint.getId());
        jdbc.update("""
                insert into checkpoint_pairings (checkpoint_id, leader_id, unit_id, effective_from, effective_to)
                values (?, ?, ?, date '2019-01-01', date '2019-06-15')""", checkpoint.getId(), a,
                checkpoint.getResponsibleUnit().getId());
        visit(checkpoint.getId(), a, "2019-06-10");
        visit(checkpoint.getId(), a, "2019-06-20");

        List<VisitCompliance.Pairing> june = compliance.pairings(YearMonth.of(2019, 6)).stream()
                .filter(p -> p.checkpointId().equals(checkpoint.getId())).toList();
        assertThat(june).extracting(VisitCompliance.Pairing::leaderId).containsExactlyInAnyOrder(a, b);
        VisitCompliance.Pairing first = june.stream().filter(p -> p.leaderId().equals(a)).findFirst().orElseThrow();
        assertThat(first.visits()).isEqualTo(1);
        assertThat(first.lastVisit()).isEqualTo(LocalDate.of(2019, 6, 10));
        assertThat(first.endedOn()).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(VisitCompliance.rate(june).numerator()).isEqualTo(1);
        assertThat(VisitCompliance.rate(june).denominator()).isEqualTo(2);
        assertThat(compliance.notYetVisited(YearMonth.of(2019, 6), null)).extracting(VisitCompliance.Pairing::checkpointId)
                .as("only the pairing that still holds is pointed out").contains(checkpoint.getId())
                .filteredOn(id -> id.equals(checkpoint.getId())).hasSize(1);

        assertThat(compliance.pairings(YearMonth.of(2019, 5)).stream().filter(p -> p.checkpointId().equals(checkpoint.getId())))
                .extracting(VisitCompliance.Pairing::leaderId).containsExactly(a);
        assertThat(compliance.pairings(YearMonth.of(2019, 7)).stream().filter(p -> p.checkpointId().equals(checkpoint.getId())))
                .extracting(VisitCompliance.Pairing::leaderId).containsExactly(b);
        assertThat(compliance.pairings(YearMonth.of(2018, 12)).stream().filter(p -> p.checkpointId().equals(checkpoint.getId())))
                .isEmpty();
    }
}

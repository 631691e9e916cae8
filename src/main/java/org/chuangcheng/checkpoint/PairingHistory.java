package org.chuangcheng.checkpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code checkpoint_pairings}: each change of a checkpoint's paired leader or unit ends the pairing that
 * held (on the day of the change, exclusive) and starts the new one; deactivating a checkpoint ends its pairing,
 * reactivating starts one. Visit compliance reads it to count the pairings that held in a month.
 */
@Component
@RequiredArgsConstructor
class PairingHistory {

    /** The start given to pairings that held before any history was kept (as the migration records them). */
    static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    private final JdbcTemplate jdbc;

    /** The checkpoint's pairing as it is now holds from {@code day}, unless it already held. */
    void holds(Checkpoint checkpoint, LocalDate day) {
        Long leader = checkpoint.getPairedLeader() == null ? null : checkpoint.getPairedLeader().getId();
        Long unit = checkpoint.getResponsibleUnit().getId();
        List<Object[]> open = jdbc.query("""
                select leader_id, unit_id, effective_from from checkpoint_pairings
                where checkpoint_id = ? and effective_to is null for update""",
                (rs, i) -> new Object[] {rs.getObject(1, Long.class), rs.getLong(2), rs.getObject(3, LocalDate.class)},
                checkpoint.getId());
        if (!open.isEmpty()) {
            Object[] current = open.get(0);
            if (Objects.equals(current[0], leader) && Objects.equals(current[1], unit)) {
                return;
            }
            end(checkpoint.getId(), day);
        }
        jdbc.update("""
                insert into checkpoint_pairings (checkpoint_id, leader_id, unit_id, effective_from) values (?, ?, ?, ?)""",
                checkpoint.getId(), leader, unit, day);
    }

    /**
     * The pairing that holds ends on {@code day}: it held until the day before. One that began that same day
     * never held a whole day and is dropped.
     */
    void end(Long checkpointId, LocalDate day) {
        jdbc.update("delete from checkpoint_pairings where checkpoint_id = ? and effective_to is null and effective_from >= ?",
                checkpointId, day);
        jdbc.update("update checkpoint_pairings set effective_to = ? where checkpoint_id = ? and effective_to is null",
                day, checkpointId);
    }

    /** For loaders: pairings with no earlier history are taken to hold since {@code from}. */
    int heldSince(LocalDate from) {
        return jdbc.update("""
                update checkpoint_pairings p set effective_from = ?
                where effective_to is null and effective_from > ?
                  and not exists (select 1 from checkpoint_pairings q where q.checkpoint_id = p.checkpoint_id and q.id <> p.id)
                """, from, from);
    }
}

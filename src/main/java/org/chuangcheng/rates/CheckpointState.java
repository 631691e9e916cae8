package org.chuangcheng.rates;

import java.time.OffsetDateTime;
import org.chuangcheng.shared.Ratio;

/**
 * A checkpoint's state as a paired leader follows it: its latest finished inspection and its open problems.
 *
 * @param lastInspected when the latest finished inspection ended, or null when there was none
 * @param compliance    passed / assessed standards of that inspection ("—" without one)
 * @param open          problems not closed nor cancelled
 * @param overdue       of those, past their deadline
 */
public record CheckpointState(long checkpointId, OffsetDateTime lastInspected, Ratio compliance, long open,
        long overdue) {
}

package org.chuangcheng.inspection;

import java.time.Instant;

/**
 * An inspection was finished: its compliance is fixed ({@code passed} of {@code assessed} standards).
 * {@code unitId} is the checkpoint's responsible unit, null while it has none.
 */
public record InspectionFinished(Long inspectionId, Long checkpointId, Long unitId, Instant finishedAt, int passed,
        int assessed) {
}

package org.chuangcheng.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity as a unit records it: at a checkpoint (its district then counts) or at a place in a district.
 *
 * @param unitId the staging unit; ignored for a liaison, whose activities are always her unit's
 * @param hours  how long it lasted, per person; service hours are participants × hours
 */
public record ActivityDetails(Long unitId, LocalDate heldOn, Long checkpointId, String place, Long districtId,
        ActivityKind kind, int participants, String participantNames, BigDecimal hours, String description) {
}

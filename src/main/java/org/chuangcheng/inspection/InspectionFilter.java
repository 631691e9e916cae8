package org.chuangcheng.inspection;

import java.time.LocalDate;

/**
 * Which inspections to list; every part optional, the period inclusive.
 *
 * @param unitId the checkpoint's responsible unit
 */
public record InspectionFilter(Long checkpointId, Long districtId, InspectionType type, InspectionStatus status,
        LocalDate from, LocalDate to, Long unitId) {

    /** Every unit. */
    public InspectionFilter(Long checkpointId, Long districtId, InspectionType type, InspectionStatus status,
            LocalDate from, LocalDate to) {
        this(checkpointId, districtId, type, status, from, to, null);
    }
}

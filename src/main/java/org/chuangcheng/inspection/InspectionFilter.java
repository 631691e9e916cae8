package org.chuangcheng.inspection;

import java.time.LocalDate;

/** Which inspections to list; every part optional, the period inclusive. */
public record InspectionFilter(Long checkpointId, Long districtId, InspectionType type, InspectionStatus status,
        LocalDate from, LocalDate to) {
}

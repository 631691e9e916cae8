package org.chuangcheng.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What the inspector enters on site: the kind of inspection, when, who, notes, where (when the browser
 * may tell), and the result of each standard of the checklist keyed by standard id (missing: not yet
 * checked, allowed in a draft only).
 */
public record InspectionRecord(InspectionType type, Instant inspectedAt, String inspectors, String notes,
        BigDecimal latitude, BigDecimal longitude, Map<Long, ItemResult> results, Map<Long, String> itemNotes) {
}

package org.chuangcheng.report;

import java.math.BigDecimal;

/** Where the scene is: the phone's position, a typed address, a checkpoint the citizen chose, or several of these. */
public record ReportPlace(String address, BigDecimal latitude, BigDecimal longitude, Long checkpointId) {

    public ReportPlace {
        address = address == null || address.isBlank() ? null : address.trim();
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
    }

    boolean isEmpty() {
        return address == null && latitude == null && checkpointId == null;
    }
}

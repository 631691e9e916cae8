package org.chuangcheng.checkpoint;

import java.math.BigDecimal;

/** The editable facts of a checkpoint, as the office enters them. */
public record CheckpointDetails(String name, Long categoryId, Long districtId, String address, BigDecimal latitude,
        BigDecimal longitude, Long responsibleUnitId, Long pairedLeaderId, boolean secondary) {
}

package org.chuangcheng.checkpoint;

/** A grid as the office enters it; the district is fixed once the grid exists. */
public record GridDetails(Long districtId, String name, Long responsibleUnitId, String responsiblePerson,
        String phone) {
}

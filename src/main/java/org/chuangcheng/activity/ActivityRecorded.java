package org.chuangcheng.activity;

import java.time.LocalDate;

/** A volunteer activity was recorded or changed: the volunteer figures of its unit and district may have changed. */
public record ActivityRecorded(Long activityId, Long unitId, Long districtId, LocalDate heldOn) {
}

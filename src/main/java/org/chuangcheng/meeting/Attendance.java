package org.chuangcheng.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A unit expected at a meeting, and whether it came. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attendance {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private boolean present;

    Attendance(Long unitId, boolean present) {
        this.unitId = unitId;
        this.present = present;
    }
}

package org.chuangcheng.counselor;

import java.util.List;

/** A counselor group as the office enters it. */
public record CounselorGroupDetails(String name, List<Long> memberIds, List<Long> districtIds, List<Long> unitIds) {

    public CounselorGroupDetails {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        districtIds = districtIds == null ? List.of() : List.copyOf(districtIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}

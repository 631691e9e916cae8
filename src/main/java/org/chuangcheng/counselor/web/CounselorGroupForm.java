package org.chuangcheng.counselor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.counselor.CounselorGroup;
import org.chuangcheng.counselor.CounselorGroupDetails;
import org.chuangcheng.organization.Unit;

/** A counselor group as the office enters it. */
@Getter
@Setter
class CounselorGroupForm {

    private long version;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String name;

    private List<Long> memberIds = new ArrayList<>();

    private List<Long> districtIds = new ArrayList<>();

    private List<Long> unitIds = new ArrayList<>();

    CounselorGroupDetails toDetails() {
        return new CounselorGroupDetails(name, memberIds, districtIds, unitIds);
    }

    static CounselorGroupForm of(CounselorGroup group) {
        CounselorGroupForm form = new CounselorGroupForm();
        form.version = group.getVersion();
        form.name = group.getName();
        form.memberIds = new ArrayList<>(group.getMemberIds());
        form.districtIds = new ArrayList<>(group.getDistricts().stream().map(Unit::getId).toList());
        form.unitIds = new ArrayList<>(group.getUnits().stream().map(Unit::getId).toList());
        return form;
    }
}

package org.chuangcheng.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.WorkGroup;

/** A work group as the office sets it up. */
@Getter
@Setter
class WorkGroupForm {

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String name;

    private Long headLeaderId;

    @NotNull(message = "{validation.notNull}")
    private Long leadUnitId;

    @Size(max = 1000, message = "{validation.maxSize}")
    private String duties;

    private long version;

    static WorkGroupForm of(WorkGroup group) {
        WorkGroupForm form = new WorkGroupForm();
        form.name = group.getName();
        form.headLeaderId = group.getHeadLeader() == null ? null : group.getHeadLeader().getId();
        form.leadUnitId = group.getLeadUnit().getId();
        form.duties = group.getDuties();
        form.version = group.getVersion();
        return form;
    }
}

package org.chuangcheng.checkpoint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.checkpoint.Grid;
import org.chuangcheng.checkpoint.GridDetails;

/** A grid as the office enters it. */
@Getter
@Setter
class GridForm {

    private long version;

    @NotNull(message = "{validation.notNull}")
    private Long districtId;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String name;

    @NotNull(message = "{validation.notNull}")
    private Long responsibleUnitId;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 50, message = "{validation.maxSize}")
    private String responsiblePerson;

    @Size(max = 30, message = "{validation.maxSize}")
    private String phone;

    GridDetails toDetails() {
        return new GridDetails(districtId, name, responsibleUnitId, responsiblePerson, phone);
    }

    static GridForm of(Grid grid) {
        GridForm form = new GridForm();
        form.version = grid.getVersion();
        form.districtId = grid.getDistrict().getId();
        form.name = grid.getName();
        form.responsibleUnitId = grid.getResponsibleUnit().getId();
        form.responsiblePerson = grid.getResponsiblePerson();
        form.phone = grid.getPhone();
        return form;
    }
}

package org.chuangcheng.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;

/** What the office types when it creates or changes a unit. */
@Getter
@Setter
class UnitForm {

    static final String PHONE = "^$|^[0-9+()\\- ]{5,30}$";

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String name;

    @Size(max = 50, message = "{validation.maxSize}")
    private String shortName;

    @NotNull(message = "{validation.notNull}")
    private UnitType type;

    private Long parentId;

    @Size(max = 50, message = "{validation.maxSize}")
    private String contactPerson;

    @Pattern(regexp = PHONE, message = "{validation.phone}")
    private String contactPhone;

    private boolean active = true;

    private long version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.name = unit.getName();
        form.shortName = unit.getShortName();
        form.type = unit.getType();
        form.parentId = unit.getParent() == null ? null : unit.getParent().getId();
        form.contactPerson = unit.getContactPerson();
        form.contactPhone = unit.getContactPhone();
        form.active = unit.isActive();
        form.version = unit.getVersion();
        return form;
    }
}

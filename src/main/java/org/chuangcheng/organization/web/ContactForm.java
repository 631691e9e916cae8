package org.chuangcheng.organization.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.Unit;

/** A liaison keeps her unit's contact person and phone current. */
@Getter
@Setter
class ContactForm {

    @Size(max = 50, message = "{validation.maxSize}")
    private String contactPerson;

    @Pattern(regexp = UnitForm.PHONE, message = "{validation.phone}")
    private String contactPhone;

    private long version;

    static ContactForm of(Unit unit) {
        ContactForm form = new ContactForm();
        form.contactPerson = unit.getContactPerson();
        form.contactPhone = unit.getContactPhone();
        form.version = unit.getVersion();
        return form;
    }
}

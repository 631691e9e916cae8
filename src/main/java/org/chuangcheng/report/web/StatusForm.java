package org.chuangcheng.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A citizen looks up her ticket: the number, and the last four digits of the phone she gave (if any). */
@Getter
@Setter
class StatusForm {

    @NotBlank(message = "{report.ticket.required}")
    @Size(max = 30, message = "{validation.maxSize}")
    private String ticket;

    @Pattern(regexp = "^$|^\\d{4}$", message = "{report.lastFour.invalid}")
    private String lastFour;
}

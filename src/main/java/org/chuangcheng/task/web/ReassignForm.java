package org.chuangcheng.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** 限期办结: the new lead unit, its deadline and why. */
@Getter
@Setter
class ReassignForm {

    private long version;

    @NotNull(message = "{validation.notNull}")
    private Long unitId;

    @NotNull(message = "{validation.notNull}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 2000, message = "{validation.maxSize}")
    private String reason;
}

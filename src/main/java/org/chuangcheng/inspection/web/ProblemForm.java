package org.chuangcheng.inspection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.problem.ProblemSeverity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A free-form problem added on an inspection. */
@Getter
@Setter
class ProblemForm {

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 1000, message = "{validation.maxSize}")
    private String description;

    @NotNull(message = "{validation.notNull}")
    private ProblemSeverity severity = ProblemSeverity.GENERAL;

    private Long unitId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private List<MultipartFile> photos = new ArrayList<>();
}

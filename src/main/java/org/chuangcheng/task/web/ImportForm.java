package org.chuangcheng.task.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded task book: the workbook, the book's name and the year for deadlines written without one. */
@Getter
@Setter
class ImportForm {

    private MultipartFile file;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String book;

    @NotNull(message = "{validation.notNull}")
    @Min(value = 2000, message = "{task.validation.year}")
    @Max(value = 2100, message = "{task.validation.year}")
    private Integer year;
}

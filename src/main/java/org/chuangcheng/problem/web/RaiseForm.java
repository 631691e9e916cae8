package org.chuangcheng.problem.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.ProblemSeverity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A problem raised outside an inspection (交办问题): where, against which standard, what is wrong, to whom. */
@Getter
@Setter
class RaiseForm {

    @NotNull(message = "{validation.notNull}")
    private Long checkpointId;

    private Long standardId;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 1000, message = "{validation.maxSize}")
    private String description;

    @NotNull(message = "{validation.notNull}")
    private ProblemSeverity severity = ProblemSeverity.GENERAL;

    private Long unitId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private List<MultipartFile> photos = new ArrayList<>();

    NewProblem toNewProblem() {
        return new NewProblem(checkpointId, null, standardId, description, severity, unitId, deadline);
    }
}

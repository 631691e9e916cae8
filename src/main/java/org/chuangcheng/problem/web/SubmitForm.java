package org.chuangcheng.problem.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** The unit's rectification evidence (整改反馈): what was done and photos of the result. */
@Getter
@Setter
class SubmitForm {

    private long version;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 2000, message = "{validation.maxSize}")
    private String text;

    private List<MultipartFile> photos = new ArrayList<>();
}

package org.chuangcheng.task.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** 信息报送: what was done, how much so far, photos. */
@Getter
@Setter
class ProgressForm {

    private long version;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 2000, message = "{validation.maxSize}")
    private String text;

    @DecimalMin(value = "0", message = "{task.validation.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{validation.number}")
    private BigDecimal quantityDone;

    private List<MultipartFile> photos = new ArrayList<>();

    /** The reporter confirmed that the task's total may exceed its target. */
    private boolean aboveTargetConfirmed;
}

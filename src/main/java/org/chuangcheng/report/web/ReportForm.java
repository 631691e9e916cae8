package org.chuangcheng.report.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.report.NewReport;
import org.chuangcheng.report.ReportPlace;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public report form. {@code website} is a honeypot: hidden from people, filled in by bots. Photos are
 * bound separately (a file input cannot be filled again after a refusal; everything else is kept).
 */
@Getter
@Setter
class ReportForm {

    @NotNull(message = "{report.category.required}")
    private Long categoryId;

    @NotBlank(message = "{report.description.required}")
    @Size(max = 1000, message = "{validation.maxSize}")
    private String description;

    @Size(max = 200, message = "{validation.maxSize}")
    private String address;

    @DecimalMin(value = "-90", message = "{validation.number}")
    @DecimalMax(value = "90", message = "{validation.number}")
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{validation.number}")
    @DecimalMax(value = "180", message = "{validation.number}")
    private BigDecimal longitude;

    private Long checkpointId;

    @Size(max = 20, message = "{validation.maxSize}")
    private String phone;

    private String website;

    private List<MultipartFile> photos = new ArrayList<>();

    NewReport toNewReport() {
        return new NewReport(categoryId, description, new ReportPlace(address, latitude, longitude, checkpointId),
                phone);
    }
}

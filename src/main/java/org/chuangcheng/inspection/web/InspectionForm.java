package org.chuangcheng.inspection.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.inspection.Inspection;
import org.chuangcheng.inspection.InspectionItem;
import org.chuangcheng.inspection.InspectionRecord;
import org.chuangcheng.inspection.InspectionType;
import org.chuangcheng.inspection.ItemResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The inspection form: header facts, one result per standard, photos and the browser's location. */
@Getter
@Setter
class InspectionForm {

    private Long checkpointId;

    private long version;

    @NotNull(message = "{validation.notNull}")
    private InspectionType type = InspectionType.ROUTINE;

    @NotNull(message = "{validation.notNull}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime inspectedAt;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 200, message = "{validation.maxSize}")
    private String inspectors;

    @Size(max = 2000, message = "{validation.maxSize}")
    private String notes;

    @DecimalMin("-90") @DecimalMax("90")
    private BigDecimal latitude;

    @DecimalMin("-180") @DecimalMax("180")
    private BigDecimal longitude;

    private Map<Long, ItemResult> results = new HashMap<>();

    private Map<Long, @Size(max = 500, message = "{validation.maxSize}") String> itemNotes = new HashMap<>();

    private List<MultipartFile> photos = new ArrayList<>();

    /** One photo per standard (by standard id), taken at that item of the checklist. */
    private Map<Long, MultipartFile> itemPhotos = new HashMap<>();

    Map<Long, List<MultipartFile>> itemPhotoLists() {
        Map<Long, List<MultipartFile>> lists = new HashMap<>();
        itemPhotos.forEach((standardId, file) -> {
            if (file != null && !file.isEmpty()) {
                lists.put(standardId, List.of(file));
            }
        });
        return lists;
    }

    static InspectionForm of(Inspection inspection, ZoneId zone) {
        InspectionForm form = new InspectionForm();
        form.checkpointId = inspection.getCheckpoint().getId();
        form.version = inspection.getVersion();
        form.type = inspection.getType();
        form.inspectedAt = LocalDateTime.ofInstant(inspection.getInspectedAt(), zone).truncatedTo(ChronoUnit.MINUTES);
        form.inspectors = inspection.getInspectors();
        form.notes = inspection.getNotes();
        form.latitude = inspection.getLatitude();
        form.longitude = inspection.getLongitude();
        for (InspectionItem item : inspection.getItems()) {
            if (item.getResult() != null) {
                form.results.put(item.getStandard().getId(), item.getResult());
            }
            if (item.getNote() != null) {
                form.itemNotes.put(item.getStandard().getId(), item.getNote());
            }
        }
        return form;
    }

    InspectionRecord toRecord(ZoneId zone) {
        return new InspectionRecord(type, inspectedAt.atZone(zone).toInstant(), inspectors, notes,
                latitude == null ? null : latitude.setScale(6, java.math.RoundingMode.HALF_UP),
                longitude == null ? null : longitude.setScale(6, java.math.RoundingMode.HALF_UP),
                results, itemNotes);
    }
}

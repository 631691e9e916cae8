package org.chuangcheng.activity.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.activity.ActivityDetails;
import org.chuangcheng.activity.ActivityKind;
import org.chuangcheng.activity.VolunteerActivity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A volunteer activity as the unit enters it. */
@Getter
@Setter
class ActivityForm {

    private long version;

    private Long unitId;

    @NotNull(message = "{activity.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private Long checkpointId;

    @Size(max = 200, message = "{validation.maxSize}")
    private String place;

    private Long districtId;

    @NotNull(message = "{validation.notNull}")
    private ActivityKind kind = ActivityKind.CLEANING;

    @NotNull(message = "{activity.participants.positive}")
    @Min(value = 1, message = "{activity.participants.positive}")
    @Max(value = 100000, message = "{activity.participants.tooMany}")
    private Integer participants;

    @Size(max = 2000, message = "{validation.maxSize}")
    private String participantNames;

    @NotNull(message = "{activity.hours.range}")
    @DecimalMin(value = "0.1", message = "{activity.hours.range}")
    @DecimalMax(value = "24", message = "{activity.hours.range}")
    @Digits(integer = 2, fraction = 1, message = "{activity.hours.range}")
    private BigDecimal hours;

    @Size(max = 1000, message = "{validation.maxSize}")
    private String description;

    private List<MultipartFile> photos = new ArrayList<>();

    ActivityDetails toDetails() {
        return new ActivityDetails(unitId, heldOn, checkpointId, place, districtId, kind,
                participants == null ? 0 : participants, participantNames, hours, description);
    }

    static ActivityForm of(VolunteerActivity a) {
        ActivityForm form = new ActivityForm();
        form.version = a.getVersion();
        form.unitId = a.getUnit().getId();
        form.heldOn = a.getHeldOn();
        form.checkpointId = a.getCheckpoint() == null ? null : a.getCheckpoint().getId();
        form.place = a.getPlace();
        form.districtId = a.getDistrict().getId();
        form.kind = a.getKind();
        form.participants = a.getParticipants();
        form.participantNames = a.getParticipantNames();
        form.hours = a.getHours();
        form.description = a.getDescription();
        return form;
    }
}

package org.chuangcheng.checkpoint.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointDetails;

/** A checkpoint as the office enters it. Coordinates are optional, but both or neither. */
@Getter
@Setter
class CheckpointForm {

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String name;

    @NotNull(message = "{validation.notNull}")
    private Long categoryId;

    @NotNull(message = "{validation.notNull}")
    private Long districtId;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 200, message = "{validation.maxSize}")
    private String address;

    @DecimalMin(value = "-90", message = "{checkpoint.latitude.range}")
    @DecimalMax(value = "90", message = "{checkpoint.latitude.range}")
    @Digits(integer = 3, fraction = 6, message = "{checkpoint.coordinate.digits}")
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{checkpoint.longitude.range}")
    @DecimalMax(value = "180", message = "{checkpoint.longitude.range}")
    @Digits(integer = 3, fraction = 6, message = "{checkpoint.coordinate.digits}")
    private BigDecimal longitude;

    @NotNull(message = "{validation.notNull}")
    private Long responsibleUnitId;

    private Long pairedLeaderId;

    private boolean secondary;

    private long version;

    /** Whether exactly one of the two coordinates was entered (the service refuses that too). */
    boolean hasHalfCoordinates() {
        return (latitude == null) != (longitude == null);
    }

    CheckpointDetails toDetails() {
        return new CheckpointDetails(name, categoryId, districtId, address, latitude, longitude, responsibleUnitId,
                pairedLeaderId, secondary);
    }

    static CheckpointForm of(Checkpoint c) {
        CheckpointForm form = new CheckpointForm();
        form.name = c.getName();
        form.categoryId = c.getCategory().getId();
        form.districtId = c.getDistrict().getId();
        form.address = c.getAddress();
        form.latitude = c.getLatitude();
        form.longitude = c.getLongitude();
        form.responsibleUnitId = c.getResponsibleUnit().getId();
        form.pairedLeaderId = c.getPairedLeader() == null ? null : c.getPairedLeader().getId();
        form.secondary = c.isSecondary();
        form.version = c.getVersion();
        return form;
    }
}

package org.chuangcheng.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.AbstractEntity;

/** A volunteer activity a unit staged: one batch (批次) of {@link #participants} person-times (人次). */
@Entity
@Table(name = "volunteer_activities")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VolunteerActivity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checkpoint_id")
    private Checkpoint checkpoint;

    @Column(length = 200)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private Unit district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Column(nullable = false)
    private int participants;

    @Column(name = "participant_names", length = 2000)
    private String participantNames;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(length = 1000)
    private String description;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @ManyToMany
    @JoinTable(name = "volunteer_activity_attachments", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    VolunteerActivity(Unit unit, Long recordedBy) {
        this.unit = unit;
        this.recordedBy = recordedBy;
    }

    void change(LocalDate heldOn, Checkpoint checkpoint, String place, Unit district, ActivityKind kind,
            int participants, String participantNames, BigDecimal hours, String description) {
        this.heldOn = heldOn;
        this.checkpoint = checkpoint;
        this.place = place;
        this.district = district;
        this.kind = kind;
        this.participants = participants;
        this.participantNames = participantNames;
        this.hours = hours;
        this.description = description;
    }

    void addPhotos(List<Attachment> attachments) {
        photos.addAll(attachments);
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public boolean hasPhoto(Long attachmentId) {
        return photos.stream().anyMatch(a -> a.getId().equals(attachmentId));
    }

    /** Service hours: participants × hours. */
    public BigDecimal serviceHours() {
        return hours.multiply(BigDecimal.valueOf(participants));
    }

    /** Where it took place: the checkpoint's name or the place. */
    public String where() {
        return checkpoint != null ? checkpoint.getName() : place;
    }
}

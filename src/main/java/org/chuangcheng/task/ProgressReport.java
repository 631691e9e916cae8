package org.chuangcheng.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.Actor;

/** 信息报送: what a unit reports about a task, with the quantity done so far and photos. Never changed. */
@Entity
@Table(name = "task_reports")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    /** The unit reporting: the lead unit or one of the co-units (the office reports for the lead unit). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "quantity_done", precision = 14, scale = 2)
    private BigDecimal quantityDone;

    @Column(name = "reported_by", nullable = false)
    private Long reportedBy;

    @Column(name = "reporter_name", nullable = false, length = 50)
    private String reporterName;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_report_attachments", joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    private List<Attachment> photos = new ArrayList<>();

    ProgressReport(Task task, Unit unit, String text, BigDecimal quantityDone, List<Attachment> photos, Actor actor,
            Instant at, LocalDate on) {
        this.task = task;
        this.unit = unit;
        this.text = text;
        this.quantityDone = quantityDone;
        if (photos != null) {
            this.photos.addAll(photos);
        }
        this.reportedBy = actor.accountId();
        this.reporterName = actor.displayName() == null ? actor.username() : actor.displayName();
        this.reportedAt = at;
        this.reportedOn = on;
    }

    /** Photos stored once the report passed the task's rules. */
    void attach(List<Attachment> attachments) {
        photos.addAll(attachments);
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }
}

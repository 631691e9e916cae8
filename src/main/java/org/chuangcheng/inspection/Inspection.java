package org.chuangcheng.inspection;

import org.chuangcheng.shared.IllegalStep;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AggregateRoot;
import org.chuangcheng.shared.Ratio;

/**
 * An inspection (督查) of one checkpoint against its category's checklist. It is saved as a draft
 * while the inspector walks the site and finished once: then its compliance (达标率) is fixed and each
 * failed standard becomes a problem.
 */
@Entity
@Table(name = "inspections")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Inspection extends AggregateRoot {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkpoint_id", nullable = false)
    private Checkpoint checkpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InspectionStatus status = InspectionStatus.DRAFT;

    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt;

    @Column(nullable = false, length = 200)
    private String inspectors;

    @Column(length = 2000)
    private String notes;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** 整改完毕: when the last problem it raised was closed or cancelled; kept by {@link RectificationProgress}. */
    @Column(name = "rectified_at")
    private Instant rectifiedAt;

    @Column(name = "passed_count", nullable = false)
    private int passedCount;

    @Column(name = "assessed_count", nullable = false)
    private int assessedCount;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<InspectionItem> items = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "inspection_attachments", joinColumns = @JoinColumn(name = "inspection_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    /** Starts a draft with one open item per standard of the checklist. */
    public Inspection(Checkpoint checkpoint, List<Standard> checklist, Actor creator) {
        this.checkpoint = checkpoint;
        this.createdBy = creator.accountId();
        for (Standard standard : checklist) {
            items.add(new InspectionItem(this, standard));
        }
    }

    /** Records what was found; only while a draft. Results are keyed by standard id. */
    public void record(InspectionType type, Instant inspectedAt, String inspectors, String notes,
            BigDecimal latitude, BigDecimal longitude, Map<Long, ItemResult> results, Map<Long, String> itemNotes) {
        requireDraft();
        if (inspectors == null || inspectors.isBlank()) {
            throw new IllegalStep("inspection.inspectors.required").concerning("inspectors");
        }
        this.type = type;
        this.inspectedAt = inspectedAt;
        this.inspectors = inspectors.trim();
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        if ((latitude == null) == (longitude == null)) {
            this.latitude = latitude;
            this.longitude = longitude;
        }
        for (InspectionItem item : items) {
            Long standardId = item.getStandard().getId();
            item.record(results.get(standardId), itemNotes == null ? null : itemNotes.get(standardId));
        }
    }

    public void addPhotos(List<Attachment> attachments) {
        requireDraft();
        photos.addAll(attachments);
    }

    /** Photos of one standard of the checklist (keyed like the results, by standard id). */
    public void addItemPhotos(Long standardId, List<Attachment> attachments) {
        requireDraft();
        items.stream().filter(i -> i.getStandard().getId().equals(standardId)).findFirst()
                .orElseThrow(() -> new IllegalStep("inspection.item.unknown"))
                .addPhotos(attachments);
    }

    /**
     * What an inspector must have done before finishing: a result for every standard, and for every failed
     * one a note saying what is wrong (it becomes the problem's title). Checked before any photo is stored.
     */
    public void requireFinishable() {
        requireDraft();
        if (items.stream().anyMatch(i -> i.getResult() == null)) {
            throw new IllegalStep("inspection.items.incomplete",
                    items.stream().filter(i -> i.getResult() == null).count(), items.size());
        }
        items.stream().filter(i -> i.getResult() == ItemResult.FAIL && i.getNote() == null).findFirst()
                .ifPresent(i -> {
                    throw new IllegalStep("inspection.failNote.required", i.getStandard().getCode());
                });
    }

    /**
     * Finishes the inspection: every item must have a result; compliance is fixed. The caller raises
     * one problem per {@link #failedItems() failed item}.
     */
    public void finish(Instant at) {
        requireDraft();
        if (items.stream().anyMatch(i -> i.getResult() == null)) {
            throw new IllegalStep("inspection.items.incomplete");
        }
        passedCount = (int) items.stream().filter(i -> i.getResult() == ItemResult.PASS).count();
        assessedCount = (int) items.stream().filter(i -> i.getResult() != ItemResult.NOT_APPLICABLE).count();
        status = InspectionStatus.FINISHED;
        finishedAt = at;
        registerEvent(new InspectionFinished(getId(), checkpoint.getId(), checkpoint.getResponsibleUnit() == null ? null : checkpoint.getResponsibleUnit().getId(), at,
                passedCount, assessedCount));
    }

    /** 达标率 = passed / assessed (not-applicable excluded); "—" when nothing was assessed. */
    public Ratio compliance() {
        if (status == InspectionStatus.FINISHED) {
            return Ratio.of(passedCount, assessedCount);
        }
        long passed = items.stream().filter(i -> i.getResult() == ItemResult.PASS).count();
        long assessed = items.stream().filter(i -> i.getResult() == ItemResult.PASS || i.getResult() == ItemResult.FAIL)
                .count();
        return Ratio.of(passed, assessed);
    }

    public List<InspectionItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public List<InspectionItem> failedItems() {
        return items.stream().filter(i -> i.getResult() == ItemResult.FAIL).toList();
    }

    /** How many standards have a result so far (a draft's progress). */
    public long getAnsweredCount() {
        return items.stream().filter(i -> i.getResult() != null).count();
    }

    public boolean isDraft() {
        return status == InspectionStatus.DRAFT;
    }

    public boolean hasPhoto(Long attachmentId) {
        return photos.stream().anyMatch(a -> a.getId().equals(attachmentId))
                || items.stream().flatMap(i -> i.getPhotos().stream()).anyMatch(a -> a.getId().equals(attachmentId));
    }

    private void requireDraft() {
        if (status != InspectionStatus.DRAFT) {
            throw new IllegalStep("inspection.alreadyFinished");
        }
    }
}

package org.chuangcheng.visit;

import java.time.YearMonth;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.security.Account;
import org.chuangcheng.shared.AbstractEntity;

/**
 * A paired leader's visit to her checkpoint (走访): when, who went, what was checked, what was put right on
 * the spot, its photos and the problems raised from it. It always counts for the checkpoint's paired leader,
 * also when her unit's liaison typed it in on her behalf (代录, {@link #isOnBehalf()}). Never deleted.
 */
@Entity
@Table(name = "visits")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Visit extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkpoint_id", nullable = false)
    private Checkpoint checkpoint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id", nullable = false)
    private Account leader;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(nullable = false, length = 200)
    private String participants;

    @Column(nullable = false, length = 2000)
    private String checked;

    @Column(name = "solved_on_spot", length = 2000)
    private String solvedOnSpot;

    @Column(name = "solved_count", nullable = false)
    private int solvedCount;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "edited_at")
    private java.time.Instant editedAt;

    @Column(name = "edited_by")
    private Long editedBy;

    @ManyToMany
    @JoinTable(name = "visit_attachments", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_problems", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "problem_id")
    @OrderBy
    private List<Long> problemIds = new ArrayList<>();

    Visit(Checkpoint checkpoint, Account leader, LocalDate visitedOn, String participants, String checked,
            String solvedOnSpot, int solvedCount, Long recordedBy, boolean onBehalf) {
        this.checkpoint = checkpoint;
        this.leader = leader;
        this.visitedOn = visitedOn;
        this.participants = participants;
        this.checked = checked;
        this.solvedOnSpot = solvedOnSpot;
        this.solvedCount = solvedCount;
        this.recordedBy = recordedBy;
        this.onBehalf = onBehalf;
    }

    /**
     * Whether the actor may correct this visit today: its author or the office, while the month it was made in
     * lasts (a past month's figures are settled).
     */
    public boolean mayEdit(Actor actor, LocalDate today) {
        boolean author = recordedBy.equals(actor.accountId());
        return (author || actor.isOfficeOrAdmin()) && YearMonth.from(visitedOn).equals(YearMonth.from(today));
    }

    /** Corrects what was entered; the day stays in the visit's month. Refused to anyone {@link #mayEdit} refuses. */
    void edit(LocalDate visitedOn, String participants, String checked, String solvedOnSpot, int solvedCount,
            Actor actor, java.time.Instant now, LocalDate today) {
        if (!mayEdit(actor, today)) {
            throw new NotPermitted("visit.edit.notPermitted");
        }
        if (!YearMonth.from(visitedOn).equals(YearMonth.from(this.visitedOn))) {
            throw new BusinessRuleException("visit.edit.otherMonth").concerning("visitedOn");
        }
        this.visitedOn = visitedOn;
        this.participants = participants;
        this.checked = checked;
        this.solvedOnSpot = solvedOnSpot;
        this.solvedCount = solvedCount;
        this.editedAt = now;
        this.editedBy = actor.accountId();
    }

    /**
     * Takes a photo off the visit, on the same terms as {@link #edit}; returns it, or null when the visit has no
     * such photo.
     */
    Attachment removePhoto(Long attachmentId, Actor actor, java.time.Instant now, LocalDate today) {
        if (!mayEdit(actor, today)) {
            throw new NotPermitted("visit.edit.notPermitted");
        }
        Attachment photo = photos.stream().filter(a -> a.getId().equals(attachmentId)).findFirst().orElse(null);
        if (photo != null) {
            photos.remove(photo);
            this.editedAt = now;
            this.editedBy = actor.accountId();
        }
        return photo;
    }

    void addPhotos(List<Attachment> attachments) {
        photos.addAll(attachments);
    }

    void addProblems(List<Long> ids) {
        problemIds.addAll(ids);
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public List<Long> getProblemIds() {
        return Collections.unmodifiableList(problemIds);
    }

    public boolean hasPhoto(Long attachmentId) {
        return photos.stream().anyMatch(a -> a.getId().equals(attachmentId));
    }
}

package org.chuangcheng.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;

/** One step of a problem's life: who, when, from → to, why, with photos. Never changed or deleted. */
@Entity
@Table(name = "problem_events")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProblemEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false)
    private Problem problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ProblemEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 15)
    private ProblemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 15)
    private ProblemStatus toStatus;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String comment;

    @Column(name = "old_deadline")
    private LocalDate oldDeadline;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    @Column(name = "old_unit_id")
    private Long oldUnitId;

    @Column(name = "new_unit_id")
    private Long newUnitId;

    @ManyToMany
    @JoinTable(name = "problem_event_attachments", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    ProblemEvent(Problem problem, ProblemEventType type, ProblemStatus fromStatus, ProblemStatus toStatus,
            Long actorId, Instant occurredAt, String comment) {
        this.problem = problem;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    ProblemEvent deadlines(LocalDate oldDeadline, LocalDate newDeadline) {
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        return this;
    }

    ProblemEvent units(Long oldUnitId, Long newUnitId) {
        this.oldUnitId = oldUnitId;
        this.newUnitId = newUnitId;
        return this;
    }

    ProblemEvent photos(List<Attachment> attachments) {
        if (attachments != null) {
            photos.addAll(attachments);
        }
        return this;
    }
}

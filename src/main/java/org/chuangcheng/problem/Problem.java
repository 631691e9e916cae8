package org.chuangcheng.problem;

import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AggregateRoot;

/**
 * A problem (问题) found at a checkpoint and owned by one responsible unit, with its life cycle
 * (DOMAIN.md): {@code ASSIGNED → SUBMITTED → CLOSED}, or {@code SUBMITTED → RETURNED → SUBMITTED …};
 * the office may reassign, extend or cancel an open problem, always with a reason. Each method refuses
 * an illegal step with an {@link IllegalStep}, records a {@link ProblemEvent} on the timeline and registers
 * an event for other features ({@link ProblemAssigned}, {@link RectificationSubmitted}, {@link ProblemClosed},
 * {@link ProblemReturned}, {@link ProblemReassigned}, {@link DeadlineExtended}, {@link ProblemCancelled}),
 * published when the problem is saved; nothing is deleted. Who may take a step is answered here
 * ({@code maySubmit}, {@code mayVerify}, ...): the service enforces it through the steps, pages ask it to
 * show or hide a button.
 */
@Entity
@Table(name = "problems")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Problem extends AggregateRoot {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProblemOrigin origin;

    /** The inspection that found it, if any: an id only, the inspection belongs to another feature. */
    @Column(name = "inspection_id")
    private Long inspectionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkpoint_id", nullable = false)
    private Checkpoint checkpoint;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id")
    private Standard standard;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_unit_id", nullable = false)
    private Unit responsibleUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ProblemSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ProblemStatus status;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    /** Null: carried over into the annual plan (纳入年度计划). */
    private LocalDate deadline;

    @Column(name = "accepted_submitted_on")
    private LocalDate acceptedSubmittedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ProblemEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL)
    @OrderBy("submittedAt, id")
    private List<Rectification> rectifications = new ArrayList<>();

    private Problem(ProblemOrigin origin, Long inspectionId, Checkpoint checkpoint, Standard standard,
            String description, Unit unit, ProblemSeverity severity, Long createdBy) {
        this.origin = origin;
        this.inspectionId = inspectionId;
        this.checkpoint = checkpoint;
        this.standard = standard;
        this.description = description;
        this.responsibleUnit = unit;
        this.severity = severity;
        this.createdBy = createdBy;
    }

    /**
     * 交办: hands a new problem to a unit on {@code when.day()} with a deadline (null for a long-term
     * problem, which never has one). The photos of what was found go with the assignment event.
     */
    public static Problem assign(ProblemOrigin origin, Long inspectionId, Checkpoint checkpoint,
            Standard standard, String description, Unit unit, ProblemSeverity severity, LocalDate deadline,
            List<Attachment> photos, Actor actor, Moment when) {
        if (!mayRaise(actor, origin)) {
            throw new NotPermitted("problem.step.notPermitted");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalStep("problem.description.required").concerning("description");
        }
        if (severity == ProblemSeverity.LONG_TERM && deadline != null) {
            throw new IllegalStep("problem.deadline.longTerm").concerning("deadline");
        }
        if (severity != ProblemSeverity.LONG_TERM && deadline == null) {
            throw new IllegalStep("problem.deadline.required").concerning("deadline");
        }
        if (deadline != null && deadline.isBefore(when.day())) {
            throw new IllegalStep("problem.deadline.beforeAssigned").concerning("deadline");
        }
        Problem problem = new Problem(origin, inspectionId, checkpoint, standard, description.trim(), unit, severity,
                actor.accountId());
        problem.status = ProblemStatus.ASSIGNED;
        problem.assignedOn = when.day();
        problem.deadline = deadline;
        problem.events.add(new ProblemEvent(problem, ProblemEventType.ASSIGN, null, ProblemStatus.ASSIGNED,
                actor.accountId(), when.at(), null).deadlines(null, deadline).units(null, unit.getId()).photos(photos));
        problem.registerEventOnceSaved(id -> new ProblemAssigned(id, unit.getId(), checkpoint.getId(), inspectionId,
                when.day(), deadline));
        return problem;
    }

    /** Photos of what was found, stored after the problem passed its rules; they go with the assignment. */
    void attachFindings(List<Attachment> photos) {
        events.get(0).photos(photos);
    }

    /** Photos of the evidence just submitted, stored after the submission passed its rules. */
    void attachEvidence(List<Attachment> photos) {
        Rectification pending = pendingRectification().orElseThrow();
        pending.attach(photos);
        events.get(events.size() - 1).photos(photos);
    }

    /** 整改反馈: the responsible unit's liaison submits evidence (text and after-photos) for verification. */
    public Rectification submit(String text, List<Attachment> photos, Actor actor, Moment when) {
        if (!isResponsible(actor)) {
            throw new NotPermitted("problem.submit.notResponsibleUnit");
        }
        if (!waitsForUnit()) {
            throw new IllegalStep("problem.submit.illegal", status.name());
        }
        if (text == null || text.isBlank()) {
            throw new IllegalStep("problem.evidence.required").concerning("text");
        }
        Rectification rectification = new Rectification(this, text.trim(), actor.accountId(), when, photos);
        rectifications.add(rectification);
        record(ProblemEventType.SUBMIT, ProblemStatus.SUBMITTED, actor, when.at(), text.trim()).photos(photos);
        registerEvent(new RectificationSubmitted(getId(), responsibleUnit.getId(), checkpoint.getId(), when.day(),
                deadline));
        return rectification;
    }

    /**
     * 销号: the office accepts the pending evidence. The problem counts as rectified on time when that
     * evidence was submitted on or before the deadline, however long the verification took.
     */
    public void close(String comment, Actor actor, Moment when) {
        requireOffice(actor);
        Rectification pending = requirePending("problem.close.illegal");
        pending.review(RectificationOutcome.ACCEPTED, actor.accountId(), when.at(), blankToNull(comment));
        acceptedSubmittedOn = pending.getSubmittedOn();
        closedAt = when.at();
        record(ProblemEventType.CLOSE, ProblemStatus.CLOSED, actor, when.at(), blankToNull(comment));
        registerEvent(new ProblemClosed(getId(), responsibleUnit.getId(), checkpoint.getId(), inspectionId, deadline,
                acceptedSubmittedOn, closedAt, isClosedOnTime()));
    }

    /** 退回: the office rejects the pending evidence, with a reason; the unit must submit again. */
    public void returnToUnit(String reason, Actor actor, Moment when) {
        requireOffice(actor);
        Rectification pending = requirePending("problem.return.illegal");
        String why = requireReason(reason);
        pending.review(RectificationOutcome.RETURNED, actor.accountId(), when.at(), why);
        record(ProblemEventType.RETURN, ProblemStatus.RETURNED, actor, when.at(), why);
        registerEvent(new ProblemReturned(getId(), responsibleUnit.getId(), checkpoint.getId(), when.day()));
    }

    /**
     * 转办: hands an open problem to another unit, which starts afresh (status ASSIGNED, deadline kept).
     * Evidence waiting for verification must be verified first.
     */
    public void reassign(Unit newUnit, String reason, Actor actor, Moment when) {
        requireOffice(actor);
        if (!waitsForUnit()) {
            throw new IllegalStep("problem.reassign.illegal", status.name());
        }
        if (newUnit.getId().equals(responsibleUnit.getId())) {
            throw new IllegalStep("problem.reassign.sameUnit").concerning("unitId");
        }
        String why = requireReason(reason);
        Long oldUnitId = responsibleUnit.getId();
        responsibleUnit = newUnit;
        record(ProblemEventType.REASSIGN, ProblemStatus.ASSIGNED, actor, when.at(), why).units(oldUnitId, newUnit.getId());
        registerEvent(new ProblemReassigned(getId(), oldUnitId, newUnit.getId(), checkpoint.getId(), when.day()));
    }

    /**
     * 延期: a new, later deadline for an open problem, with a reason; the old one is kept in the event.
     * A carried-over problem given a deadline this way gets one for the first time.
     */
    public void extend(LocalDate newDeadline, String reason, Actor actor, Moment when) {
        requireOffice(actor);
        if (!status.isOpen()) {
            throw new IllegalStep("problem.extend.illegal", status.name());
        }
        if (newDeadline == null) {
            throw new IllegalStep("problem.deadline.required").concerning("deadline");
        }
        if (deadline != null && !newDeadline.isAfter(deadline)) {
            throw new IllegalStep("problem.extend.notLater", deadline).concerning("deadline");
        }
        if (newDeadline.isBefore(assignedOn)) {
            throw new IllegalStep("problem.deadline.beforeAssigned").concerning("deadline");
        }
        String why = requireReason(reason);
        LocalDate old = deadline;
        deadline = newDeadline;
        if (severity == ProblemSeverity.LONG_TERM) {
            severity = ProblemSeverity.MAJOR;
        }
        record(ProblemEventType.EXTEND, status, actor, when.at(), why).deadlines(old, newDeadline);
        registerEvent(new DeadlineExtended(getId(), responsibleUnit.getId(), old, newDeadline));
    }

    /** 作废: the office voids an open problem (a duplicate, a mistake), with a reason. Nothing is deleted. */
    public void cancel(String reason, Actor actor, Moment when) {
        requireOffice(actor);
        if (!status.isOpen()) {
            throw new IllegalStep("problem.cancel.illegal", status.name());
        }
        String why = requireReason(reason);
        record(ProblemEventType.CANCEL, ProblemStatus.CANCELLED, actor, when.at(), why);
        registerEvent(new ProblemCancelled(getId(), responsibleUnit.getId(), checkpoint.getId(), inspectionId,
                when.at()));
    }

    /** Inspectors and the office raise problems. */
    public static boolean mayRaise(Actor actor) {
        return actor.isOfficeOrAdmin() || actor.is(Role.INSPECTOR);
    }

    /**
     * Besides those who may raise any problem, a paired leader (or the unit's liaison on her behalf) raises
     * what she found on a visit, and a counselor what her inspection found; the checkpoints they may visit or
     * inspect are the visit and inspection features' rules.
     */
    public static boolean mayRaise(Actor actor, ProblemOrigin origin) {
        return mayRaise(actor) || (origin == ProblemOrigin.VISIT && (actor.is(Role.LEADER) || actor.is(Role.LIAISON)))
                || (origin == ProblemOrigin.INSPECTION && actor.is(Role.COUNSELOR));
    }

    /** 整改反馈 is the responsible unit's liaison's, while the problem waits for her. */
    public boolean maySubmit(Actor actor) {
        return isResponsible(actor) && waitsForUnit();
    }

    /** 销号 or 退回 is the office's, while evidence waits for verification. */
    public boolean mayVerify(Actor actor) {
        return actor.isOfficeOrAdmin() && status == ProblemStatus.SUBMITTED;
    }

    /** 转办 is the office's, while the problem waits for the unit (evidence is verified first). */
    public boolean mayReassign(Actor actor) {
        return actor.isOfficeOrAdmin() && waitsForUnit();
    }

    /** 延期 and 作废 are the office's, while the problem is open. */
    public boolean mayIntervene(Actor actor) {
        return actor.isOfficeOrAdmin() && status.isOpen();
    }

    /** Overdue (逾期): has a deadline, is still open, and the deadline day is before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return deadline != null && status.isOpen() && deadline.isBefore(today);
    }

    /** Closed with the accepted evidence submitted on or before the deadline (按期整改). */
    public boolean isClosedOnTime() {
        return status == ProblemStatus.CLOSED && deadline != null && acceptedSubmittedOn != null
                && !acceptedSubmittedOn.isAfter(deadline);
    }

    /** Why the office returned the evidence, while the problem waits for the unit to submit again. */
    public Optional<String> returnReason() {
        if (status != ProblemStatus.RETURNED) {
            return Optional.empty();
        }
        return lastRectification().filter(r -> r.getOutcome() == RectificationOutcome.RETURNED)
                .map(Rectification::getReviewComment);
    }

    /** The unit's latest evidence, from which a resubmission starts. */
    public Optional<Rectification> lastRectification() {
        return rectifications.isEmpty() ? Optional.empty() : Optional.of(rectifications.get(rectifications.size() - 1));
    }

    /** The evidence waiting for verification, if any. */
    public Optional<Rectification> pendingRectification() {
        return rectifications.stream().filter(Rectification::isPending).findFirst();
    }

    public List<ProblemEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<Rectification> getRectifications() {
        return Collections.unmodifiableList(rectifications);
    }

    /** Whether a photo belongs to this problem: found with it, or sent as evidence. */
    public boolean hasPhoto(Long attachmentId) {
        return events.stream().flatMap(e -> e.getPhotos().stream()).anyMatch(a -> a.getId().equals(attachmentId))
                || rectifications.stream().flatMap(r -> r.getPhotos().stream())
                        .anyMatch(a -> a.getId().equals(attachmentId));
    }

    private ProblemEvent record(ProblemEventType type, ProblemStatus to, Actor actor, Instant at, String comment) {
        ProblemEvent event = new ProblemEvent(this, type, status, to, actor.accountId(), at, comment);
        events.add(event);
        status = to;
        if (to == ProblemStatus.CLOSED) {
            closedAt = at;
        }
        return event;
    }

    private Rectification requirePending(String illegalKey) {
        if (status != ProblemStatus.SUBMITTED) {
            throw new IllegalStep(illegalKey, status.name());
        }
        return pendingRectification().orElseThrow(() -> new IllegalStep(illegalKey, status.name()));
    }

    private boolean isResponsible(Actor actor) {
        return actor.isConfinedToUnit() && responsibleUnit.getId().equals(actor.confinedUnitId());
    }

    private boolean waitsForUnit() {
        return status == ProblemStatus.ASSIGNED || status == ProblemStatus.RETURNED;
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("problem.step.notPermitted");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalStep("problem.reason.required").concerning("reason");
        }
        return reason.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.chuangcheng.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
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
import org.chuangcheng.shared.AbstractEntity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;

/**
 * A citizen's report (随手拍) and its life cycle ({@link ReportStatus}). Each step is a guarded method that
 * refuses an illegal one; only the office reviews, merges, dispatches and replies. The phone number is for
 * the reward and the status page: it never leaves the office ({@link #maskedPhone()} elsewhere).
 */
@Entity
@Table(name = "citizen_reports")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CitizenReport extends AbstractEntity {

    @Column(nullable = false, length = 20)
    private String ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportSource source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ReportCategory category;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(length = 200)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    /** The checkpoint the citizen or the office placed it at: an id only, checkpoints are another feature's. */
    @Column(name = "checkpoint_id")
    private Long checkpointId;

    @Column(length = 20)
    private String phone;

    /** The network address it came from, for the per-address limit; never shown outside the office. */
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason", length = 20)
    private RejectReason rejectReason;

    @Column(name = "review_comment", length = 500)
    private String reviewComment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private CitizenReport duplicateOf;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "reply_due")
    private LocalDate replyDue;

    @Column(name = "media_url", length = 500)
    private String mediaUrl;

    @Column(length = 1000)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_on_time")
    private Boolean repliedOnTime;

    @ElementCollection
    @CollectionTable(name = "citizen_report_photos", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id")
    private List<Long> photoIds = new ArrayList<>();

    CitizenReport(String ticket, ReportSource source, ReportCategory category, String description, ReportPlace place,
            String phone, String clientAddress, Instant at) {
        if (!category.isActive()) {
            throw new IllegalStep("report.category.inactive").concerning("categoryId");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalStep("report.description.required").concerning("description");
        }
        if (description.trim().length() > 1000) {
            throw new IllegalStep("report.description.tooLong").concerning("description");
        }
        if (place.address() != null && place.address().length() > 200) {
            throw new IllegalStep("report.address.tooLong").concerning("address");
        }
        if (place.isEmpty()) {
            throw new IllegalStep("report.place.required").concerning("address");
        }
        this.ticket = ticket;
        this.source = source;
        this.category = category;
        this.description = description.trim();
        this.address = place.address();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        this.checkpointId = place.checkpointId();
        this.phone = phone;
        this.clientAddress = clientAddress;
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /** The photos, stored once the report passed its rules. */
    void attachPhotos(List<Long> ids) {
        photoIds.addAll(ids);
    }

    public List<Long> getPhotoIds() {
        return Collections.unmodifiableList(photoIds);
    }

    /** 受理: the office takes the report up; it may then be dispatched. */
    void accept(String comment, Actor actor, Instant at) {
        requireOffice(actor);
        requireStatus(ReportStatus.SUBMITTED);
        review(actor, at, null, comment);
        status = ReportStatus.ACCEPTED;
    }

    /** 不予受理, with a reason; a report already dispatched can no longer be rejected. */
    void reject(RejectReason reason, String comment, Actor actor, Instant at) {
        requireOffice(actor);
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        if (reason == null) {
            throw new IllegalStep("report.rejectReason.required").concerning("reason");
        }
        review(actor, at, reason, comment);
        status = ReportStatus.REJECTED;
    }

    /**
     * The same scene as an earlier report: this one follows it (one scene, one problem, several reporters)
     * and earns no reward.
     */
    void mergeInto(CitizenReport earlier, Actor actor, Instant at) {
        requireOffice(actor);
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        if (earlier == this || earlier.status == ReportStatus.REJECTED || earlier.status == ReportStatus.MERGED) {
            throw new IllegalStep("report.merge.target");
        }
        review(actor, at, null, null);
        duplicateOf = earlier;
        problemId = earlier.problemId;
        status = ReportStatus.MERGED;
        if (earlier.resolvedAt != null) {
            resolvedAt = earlier.resolvedAt;
        }
    }

    /** The same scene as an open problem already in the rectification loop: it follows that problem. */
    void mergeIntoProblem(Long openProblemId, Actor actor, Instant at) {
        requireOffice(actor);
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        review(actor, at, null, null);
        problemId = openProblemId;
        status = ReportStatus.MERGED;
    }

    /** 派遣: the accepted report became a problem (with a time limit) in the rectification loop. */
    void dispatch(Long problem, Long checkpoint, Actor actor, Instant at) {
        requireOffice(actor);
        requireStatus(ReportStatus.ACCEPTED);
        problemId = problem;
        checkpointId = checkpoint;
        dispatchedAt = at;
        status = ReportStatus.DISPATCHED;
    }

    /** Its problem was closed after verification: the office now owes the citizen a reply by {@code due}. */
    void resolve(Instant at, LocalDate due) {
        if (status == ReportStatus.DISPATCHED) {
            status = ReportStatus.RESOLVED;
            replyDue = due;
        }
        if (status == ReportStatus.RESOLVED || status == ReportStatus.MERGED) {
            resolvedAt = at;
        }
    }

    /** Its problem was cancelled (作废): the report is the office's again, to dispatch anew or reject. */
    void problemCancelled() {
        if (status == ReportStatus.DISPATCHED) {
            status = ReportStatus.ACCEPTED;
            problemId = null;
            dispatchedAt = null;
        }
    }

    /** 回复: what the citizen reads on the status page; late when after the reply's time limit. */
    void reply(String text, Actor actor, Instant at, LocalDate day) {
        requireOffice(actor);
        requireStatus(ReportStatus.RESOLVED, ReportStatus.REPLIED);
        if (text == null || text.isBlank()) {
            throw new IllegalStep("report.reply.required").concerning("reply");
        }
        if (text.trim().length() > 1000) {
            throw new IllegalStep("report.reply.tooLong").concerning("reply");
        }
        reply = text.trim();
        if (status == ReportStatus.RESOLVED) {
            repliedAt = at;
            repliedOnTime = replyDue == null || !day.isAfter(replyDue);
            status = ReportStatus.REPLIED;
        }
    }

    /** A report merged into this one follows the problem this one was dispatched to. */
    void followProblem(Long problem) {
        if (status == ReportStatus.MERGED && problemId == null) {
            problemId = problem;
        }
    }

    /** A photo the reporting client hosts (Open311's media_url): a link only, never fetched. */
    void linkMedia(String url) {
        this.mediaUrl = url;
    }

    /** Merged into a problem no report raised: once it is closed, the citizen reads that it was put right. */
    void answerAsClosed(String text, Instant at) {
        if (status == ReportStatus.MERGED && duplicateOf == null && reply == null) {
            reply = text;
            repliedAt = at;
        }
    }

    /** A report merged into this one reads the same reply. */
    void shareReply(CitizenReport main) {
        if (status == ReportStatus.MERGED) {
            reply = main.reply;
            repliedAt = main.repliedAt;
        }
    }

    /** Whether the ticket holder proved herself: the phone's last four digits, or nothing when she gave no phone. */
    boolean matchesLastFour(String lastFour) {
        if (phone == null) {
            return lastFour == null || lastFour.isBlank();
        }
        return lastFour != null && phone.endsWith(lastFour.trim()) && lastFour.trim().length() == 4;
    }

    /** 138****5678: the phone as lists and pages other than the office's detail show it. */
    public String maskedPhone() {
        return PhoneNumbers.mask(phone);
    }

    public boolean isDuplicate() {
        return status == ReportStatus.MERGED || rejectReason == RejectReason.DUPLICATE;
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    private void review(Actor actor, Instant at, RejectReason reason, String comment) {
        if (comment != null && comment.trim().length() > 500) {
            throw new IllegalStep("report.comment.tooLong").concerning("comment");
        }
        reviewedAt = at;
        reviewedBy = actor.accountId();
        rejectReason = reason;
        reviewComment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    private void requireStatus(ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalStep("report.step.illegal", status.name());
    }

    private static void requireOffice(Actor actor) {
        if (!actor.is(Role.OFFICE)) {
            throw new NotPermitted("report.step.notPermitted");
        }
    }
}

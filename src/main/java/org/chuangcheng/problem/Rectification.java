package org.chuangcheng.problem;

import org.chuangcheng.shared.Moment;
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

/**
 * One submission of evidence by the unit (整改反馈) and the office's verdict on it (复查). The day it was
 * submitted decides whether a closed problem was rectified on time.
 */
@Entity
@Table(name = "rectifications")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Rectification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false)
    private Problem problem;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RectificationOutcome outcome = RectificationOutcome.PENDING;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 1000)
    private String reviewComment;

    @ManyToMany
    @JoinTable(name = "rectification_attachments", joinColumns = @JoinColumn(name = "rectification_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<Attachment> photos = new ArrayList<>();

    Rectification(Problem problem, String text, Long submittedBy, Moment when, List<Attachment> photos) {
        this.problem = problem;
        this.text = text;
        this.submittedBy = submittedBy;
        this.submittedAt = when.at();
        this.submittedOn = when.day();
        if (photos != null) {
            this.photos.addAll(photos);
        }
    }

    public List<Attachment> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    void attach(List<Attachment> attachments) {
        photos.addAll(attachments);
    }

    void review(RectificationOutcome verdict, Long reviewer, Instant at, String comment) {
        this.outcome = verdict;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public boolean isPending() {
        return outcome == RectificationOutcome.PENDING;
    }
}

package org.chuangcheng.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A message one person receives in the application. Written once (by {@link Notifier}, idempotently) and
 * afterwards only marked read, so it carries no version.
 */
@Entity
@Table(name = "notifications")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notification {

    @Id
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Column(length = 300)
    private String subject;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "working_days")
    private Integer workingDays;

    private String body;

    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    public boolean isRead() {
        return readAt != null;
    }

    /** The message's arguments: the subject, the due day ("—" when there is none) and the working days overdue. */
    public Object[] getMessageArguments() {
        return new Object[] {subject, dueOn == null ? "—" : dueOn, workingDays};
    }

    /** Where the notification leads: its record, or the digest itself. */
    public String getLink() {
        return kind.link(kind == NotificationKind.DAILY_DIGEST || kind == NotificationKind.WEEKLY_DIGEST ? id : recordId);
    }
}

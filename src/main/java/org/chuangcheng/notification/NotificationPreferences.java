package org.chuangcheng.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One person's channels and quiet hours; someone who never chose gets the bell only. */
@Entity
@Table(name = "notification_preferences")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NotificationPreferences {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Column(length = 200)
    private String email;

    @Column(name = "by_email")
    private boolean byEmail;

    @Column(name = "by_webhook")
    private boolean byWebhook;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_until")
    private LocalTime quietUntil;

    /** The language of what she receives outside the application: {@code zh} or {@code en}. */
    @Column(nullable = false, length = 5)
    private String language = "zh";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    NotificationPreferences(Long accountId) {
        this.accountId = accountId;
    }

    static NotificationPreferences defaults(Long accountId) {
        return new NotificationPreferences(accountId);
    }

    /** The languages one may choose for mail and messages. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh", "en");

    /** The locale her mail and messages are written in. */
    public java.util.Locale locale() {
        return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
    }

    void change(String email, boolean byEmail, boolean byWebhook, LocalTime quietFrom, LocalTime quietUntil,
            String language) {
        this.language = LANGUAGES.contains(language) ? language : "zh";
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.byEmail = byEmail;
        this.byWebhook = byWebhook;
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
    }

    /** Whether {@code time} falls in the quiet hours; a range past midnight (22:00–07:00) wraps. */
    public boolean isQuietAt(LocalTime time) {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return false;
        }
        if (quietFrom.isBefore(quietUntil)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        }
        return !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}

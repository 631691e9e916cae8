package org.chuangcheng.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A unit's group robot (WeCom, DingTalk) or webhook, as the office set it. Its address (whose token is the robot's
 * password) and its signing secret are stored encrypted ({@link org.chuangcheng.shared.SecretBox}); only the
 * notification feature reads them back, to send.
 */
@Entity
@Table(name = "unit_webhooks")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitWebhook {

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebhookFormat format;

    @Getter(AccessLevel.NONE)
    @Column(name = "url", nullable = false, length = 1000)
    private String sealedUrl;

    @Getter(AccessLevel.NONE)
    @Column(name = "secret", length = 500)
    private String sealedSecret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    UnitWebhook(Long unitId) {
        this.unitId = unitId;
    }

    /** Encrypted values only: {@code sealedSecret} null for a robot without signing. */
    void change(WebhookFormat format, String sealedUrl, String sealedSecret) {
        this.format = format;
        this.sealedUrl = sealedUrl;
        this.sealedSecret = sealedSecret;
    }

    String sealedUrl() {
        return sealedUrl;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}

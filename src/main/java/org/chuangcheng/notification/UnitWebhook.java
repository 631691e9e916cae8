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

/** A unit's group robot (WeCom, DingTalk) or webhook, as the office set it. */
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

    @Column(nullable = false, length = 500)
    private String url;

    @Column(length = 200)
    private String secret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    UnitWebhook(Long unitId) {
        this.unitId = unitId;
    }

    void change(WebhookFormat format, String url, String secret) {
        this.format = format;
        this.url = url.trim();
        this.secret = secret == null || secret.isBlank() ? null : secret.trim();
    }

    /** The address without its key or token, to show on a page: a robot's address is its password. */
    public String getMaskedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}

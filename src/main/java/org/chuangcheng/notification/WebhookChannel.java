package org.chuangcheng.notification;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's generic webhook ({@code app.notifications.webhook-url}), e.g. an SMS gateway: each person who
 * chose it gets her messages there, in the GENERIC JSON. The units' group robots are {@link RobotChannel}. Any
 * answer other than 2xx is a failed attempt.
 */
@Component
class WebhookChannel implements NotificationChannel {

    private final String url;
    private final WebhookPoster poster;

    WebhookChannel(@Value("${app.notifications.webhook-url:}") String url,
            @Value("${app.notifications.webhook-timeout:PT5S}") Duration timeout) {
        this.url = url;
        this.poster = new WebhookPoster(timeout);
    }

    @Override
    public String name() {
        return "WEBHOOK";
    }

    @Override
    public boolean isEnabled() {
        return url != null && !url.isBlank();
    }

    @Override
    public boolean isChosenBy(NotificationPreferences preferences) {
        return preferences.isByWebhook();
    }

    @Override
    public void send(OutgoingMessage message) {
        poster.post(url, WebhookFormat.GENERIC, message, "installation's webhook");
    }
}

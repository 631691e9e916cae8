package org.chuangcheng.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A generic HTTP webhook: each message is POSTed as JSON to {@code app.notifications.webhook-url}, for an SMS
 * gateway or a WeCom / DingTalk robot behind a small adapter. Any answer other than 2xx is a failed attempt.
 */
@Component
class WebhookChannel implements NotificationChannel {

    private final String url;
    private final RestClient client;

    WebhookChannel(@Value("${app.notifications.webhook-url:}") String url,
            @Value("${app.notifications.webhook-timeout:PT5S}") Duration timeout) {
        this.url = url;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(factory).build();
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", message.notificationId());
        body.put("kind", message.kind());
        body.put("urgent", message.urgent());
        body.put("username", message.username());
        body.put("name", message.recipientName());
        body.put("phone", message.phone());
        body.put("title", message.title());
        body.put("text", message.text());
        body.put("link", message.link());
        client.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }
}

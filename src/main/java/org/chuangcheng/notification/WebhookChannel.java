package org.chuangcheng.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.chuangcheng.security.AccountManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Webhooks: a message to someone whose unit has a group robot (WeCom, DingTalk) or webhook goes there, in that
 * robot's JSON and mentioning her phone; otherwise to the installation's generic webhook
 * ({@code app.notifications.webhook-url}), e.g. an SMS gateway. Any answer other than 2xx, or a robot's refusal,
 * is a failed attempt.
 */
@Component
class WebhookChannel implements NotificationChannel {

    private final String url;
    private final RestClient client;
    private final UnitWebhooks unitWebhooks;
    private final AccountManagement accounts;
    private final Clock clock;

    WebhookChannel(@Value("${app.notifications.webhook-url:}") String url,
            @Value("${app.notifications.webhook-timeout:PT5S}") Duration timeout, UnitWebhooks unitWebhooks,
            AccountManagement accounts, Clock clock) {
        this.url = url;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(factory).build();
        this.unitWebhooks = unitWebhooks;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "WEBHOOK";
    }

    @Override
    public boolean isEnabled() {
        return hasInstallationUrl() || unitWebhooks.count() > 0;
    }

    @Override
    public boolean isChosenBy(NotificationPreferences preferences) {
        return preferences.isByWebhook();
    }

    @Override
    public boolean reaches(Long accountId) {
        return hasInstallationUrl() || robotOf(accounts.get(accountId).getUnitId()).isPresent();
    }

    @Override
    public void send(OutgoingMessage message) {
        Optional<UnitWebhook> robot = robotOf(message.unitId());
        if (robot.isEmpty() && !hasInstallationUrl()) {
            throw new IllegalStateException("no webhook for the recipient's unit and none for the installation");
        }
        WebhookFormat format = robot.map(UnitWebhook::getFormat).orElse(WebhookFormat.GENERIC);
        String address = robot.map(r -> format.address(r.getUrl(), r.getSecret(), clock.millis())).orElse(url);
        String answer = client.post().uri(java.net.URI.create(address)).contentType(MediaType.APPLICATION_JSON)
                .body(format.body(message)).retrieve().body(String.class);
        format.check(answer);
    }

    private boolean hasInstallationUrl() {
        return url != null && !url.isBlank();
    }

    private Optional<UnitWebhook> robotOf(Long unitId) {
        return unitId == null ? Optional.empty() : unitWebhooks.findById(unitId);
    }
}

package org.chuangcheng.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.chuangcheng.shared.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A unit's group robot (WeCom, DingTalk) or webhook, as the office set it: it carries the unit's messages without
 * anyone choosing it, once per notice however many of the unit's people the notice reaches (the {@link Notifier}
 * queues it once per unit), in the robot's JSON and mentioning the phones of all of them. A robot's refusal
 * (HTTP 200 with an {@code errcode} other than 0) is a failed attempt.
 */
@Component
class RobotChannel implements NotificationChannel {

    static final String NAME = "ROBOT";

    private final WebhookPoster poster;
    private final UnitWebhooks unitWebhooks;
    private final JdbcTemplate jdbc;
    private final SecretBox box;
    private final Clock clock;

    RobotChannel(@Value("${app.notifications.webhook-timeout:PT5S}") Duration timeout, UnitWebhooks unitWebhooks,
            JdbcTemplate jdbc, SecretBox box, Clock clock) {
        this.poster = new WebhookPoster(timeout);
        this.unitWebhooks = unitWebhooks;
        this.jdbc = jdbc;
        this.box = box;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isEnabled() {
        return unitWebhooks.count() > 0;
    }

    /** Nobody chooses it: the unit's robot is the unit's, queued per unit by the notifier. */
    @Override
    public boolean isChosenBy(NotificationPreferences preferences) {
        return false;
    }

    @Override
    public void send(OutgoingMessage message) {
        UnitWebhook robot = (message.unitId() == null ? null : unitWebhooks.findById(message.unitId()).orElse(null));
        if (robot == null) {
            throw new IllegalStateException("the unit's robot has been removed");
        }
        WebhookFormat format = robot.getFormat();
        String address = format.address(box.decrypt(robot.sealedUrl()), box.decrypt(robot.sealedSecret()),
                clock.millis());
        poster.post(address, format, message.mentioning(phonesOfTheUnit(message)), "unit's robot");
    }

    /** The phones of everyone of the unit who received the same notice. */
    private List<String> phonesOfTheUnit(OutgoingMessage message) {
        return jdbc.queryForList("""
                select distinct a.phone from notifications n
                join notifications same on same.dedup_key = n.dedup_key
                join accounts a on a.id = same.recipient_id
                where n.id = ? and a.unit_id = ? and a.phone is not null and a.phone <> ''
                order by a.phone
                """, String.class, message.notificationId(), message.unitId());
    }
}

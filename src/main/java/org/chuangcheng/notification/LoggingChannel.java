package org.chuangcheng.notification;

import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes each message to the log: for trials, and as a record where no gateway is available yet. */
@Slf4j
@Component
class LoggingChannel implements NotificationChannel {

    private final boolean enabled;

    LoggingChannel(@Value("${app.notifications.log-channel:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "LOG";
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isChosenBy(NotificationPreferences preferences) {
        return true;
    }

    @Override
    public void send(OutgoingMessage message) {
        log.info("notification {} to {}: {} {}", message.notificationId(), message.username(), message.title(),
                message.link());
    }
}

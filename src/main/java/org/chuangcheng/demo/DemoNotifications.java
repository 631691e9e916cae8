package org.chuangcheng.demo;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's reminders: a head (负责人) for the demo liaison's unit, so the escalation ladder has someone to reach,
 * and today's reminders sent at once, so the bells are not empty before the first hourly run. The loop's events
 * of the demo city have already notified liaisons and the office.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 90)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoNotifications implements ApplicationRunner {

    static final String HEAD = "head";

    private final AccountManagement accounts;
    private final NotificationManagement notifications;

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(HEAD).isPresent() || accounts.findByUsername("liaison").isEmpty()) {
            return;
        }
        Long unit = accounts.findByUsername("liaison").orElseThrow().getUnitId();
        accounts.create(HEAD, "Demo@2026", "王局长", Role.LEADER, unit, null);
        int sent = notifications.sendTodaysReminders();
        log.info("demo reminders: {} notifications", sent);
    }
}

package org.chuangcheng.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued deliveries to their channels. Each batch is claimed with {@code for update skip locked}, so two
 * instances never send the same delivery; a failed attempt is tried again later ({@code retry-after} times the
 * attempts made), and after {@code max-attempts} it is marked FAILED and the office is told in the application.
 */
@Slf4j
@Component
class Dispatcher {

    static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, NotificationChannel> channels;
    private final Notifications notifications;
    private final PreferencesStore preferences;
    private final AccountManagement accounts;
    private final Recipients recipients;
    private final Notifier notifier;
    private final MessageSource messages;
    private final DeliveryWindow window;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryAfter;
    private final String baseUrl;

    Dispatcher(JdbcTemplate jdbc, TransactionTemplate transactions, List<NotificationChannel> channels,
            Notifications notifications, PreferencesStore preferences, AccountManagement accounts, Recipients recipients,
            Notifier notifier, MessageSource messages, WorkingDayCalendar calendar, Clock clock,
            @Value("${app.notifications.max-attempts:3}") int maxAttempts,
            @Value("${app.notifications.retry-after:PT5M}") Duration retryAfter,
            @Value("${app.notifications.working-hours-from:08:30}") LocalTime workFrom,
            @Value("${app.notifications.working-hours-until:18:00}") LocalTime workUntil,
            @Value("${app.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.recipients = recipients;
        this.notifier = notifier;
        this.messages = messages;
        this.window = new DeliveryWindow(workFrom, workUntil, calendar::isWorkingDay);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryAfter = retryAfter;
        this.baseUrl = baseUrl;
    }

    /** Sends what is due at {@code now}, batch after batch; returns the number delivered. */
    int dispatch(Instant now) {
        int delivered = 0;
        for (int round = 0; round < 100; round++) {
            int[] outcome = transactions.execute(status -> batch(now));
            delivered += outcome[0];
            if (outcome[1] < BATCH) {
                break;
            }
        }
        return delivered;
    }

    private int[] batch(Instant now) {
        List<Map<String, Object>> due = jdbc.queryForList("""
                select id, notification_id, channel, attempts from notification_deliveries
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked
                """, Timestamp.from(now), BATCH);
        int delivered = 0;
        for (Map<String, Object> row : due) {
            long id = ((Number) row.get("id")).longValue();
            Notification notification = notifications.findById(((Number) row.get("notification_id")).longValue())
                    .orElseThrow();
            // a unit's robot speaks to the group: in working hours and the default language, not one person's choice
            NotificationPreferences choice = RobotChannel.NAME.equals(row.get("channel"))
                    ? NotificationPreferences.defaults(notification.getRecipientId())
                    : preferences.findById(notification.getRecipientId())
                            .orElseGet(() -> NotificationPreferences.defaults(notification.getRecipientId()));
            if (!window.allows(notification.isUrgent(), choice, now.atZone(clock.getZone()))) {
                jdbc.update("update notification_deliveries set next_attempt_at = ? where id = ?",
                        Timestamp.from(now.plus(Duration.ofMinutes(15))), id);
                continue;
            }
            NotificationChannel channel = channels.get((String) row.get("channel"));
            int attempts = ((Number) row.get("attempts")).intValue() + 1;
            try {
                if (channel == null || !channel.isEnabled()) {
                    throw new IllegalStateException("channel not configured: " + row.get("channel"));
                }
                channel.send(message(notification, choice));
                jdbc.update("update notification_deliveries set status = 'DELIVERED', attempts = ?, delivered_at = ?, "
                        + "last_error = null where id = ?", attempts, Timestamp.from(now), id);
                delivered++;
            } catch (Exception e) {
                String error = String.valueOf(e.getMessage());
                error = error.length() > 500 ? error.substring(0, 500) : error;
                if (attempts >= maxAttempts) {
                    log.warn("delivery {} of notification {} by {} failed for good: {}", id, notification.getId(),
                            row.get("channel"), error);
                    jdbc.update("update notification_deliveries set status = 'FAILED', attempts = ?, last_error = ? "
                            + "where id = ?", attempts, error, id);
                    notifier.send(recipients.office(), new Notice(NotificationKind.DELIVERY_FAILED, notification.getId(),
                            String.valueOf(id), accounts.get(notification.getRecipientId()).getDisplayName(), null, null,
                            (String) row.get("channel")));
                } else {
                    jdbc.update("update notification_deliveries set attempts = ?, last_error = ?, next_attempt_at = ? "
                            + "where id = ?", attempts, error, Timestamp.from(now.plus(retryAfter.multipliedBy(attempts))), id);
                }
            }
        }
        return new int[] {delivered, due.size()};
    }

    OutgoingMessage message(Notification notification, NotificationPreferences choice) {
        Account to = accounts.get(notification.getRecipientId());
        Locale locale = choice.locale();
        String title = messages.getMessage(notification.getKind().messageKey(), notification.getMessageArguments(), locale);
        String text = notification.getBody() != null ? notification.getBody() : title;
        return new OutgoingMessage(notification.getId(), notification.getKind().name(), notification.isUrgent(),
                to.getDisplayName(), to.getUsername(), to.getPhone(), choice.getEmail(), title, text,
                baseUrl + notification.getLink(), to.getUnitId(),
                to.getPhone() == null || to.getPhone().isBlank() ? List.of() : List.of(to.getPhone()));
    }
}

package org.chuangcheng.notification;

import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, each at most once per (recipient, record, kind, step): the insert skips a key that is
 * already there, so a listener handed the same event twice, a job run again after a restart or the same job on a
 * second instance sends nothing new. A new notification is queued for delivery on every configured channel its
 * recipient chose.
 */
@Component
@RequiredArgsConstructor
class Notifier {

    private final JdbcTemplate jdbc;
    private final PreferencesStore preferences;
    private final List<NotificationChannel> channels;

    /** Sends the notice to each recipient who has not had it yet; returns how many new notifications there are. */
    @Transactional
    public int send(Collection<Long> recipientIds, Notice notice) {
        int created = 0;
        for (Long recipient : new LinkedHashSet<>(recipientIds)) {
            List<Long> ids = jdbc.queryForList("""
                    insert into notifications (recipient_id, kind, record_id, dedup_key, subject, due_on, working_days,
                                               body, urgent)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (recipient_id, dedup_key) do nothing
                    returning id
                    """, Long.class, recipient, notice.kind().name(), notice.recordId(), notice.dedupKey(),
                    truncate(notice.subject(), 300), notice.dueOn() == null ? null : Date.valueOf(notice.dueOn()),
                    notice.workingDays(), notice.body(), notice.kind().isUrgent());
            if (ids.isEmpty()) {
                continue;
            }
            created++;
            if (notice.kind() != NotificationKind.DELIVERY_FAILED) {
                queueDeliveries(ids.get(0), recipient);
            }
        }
        return created;
    }

    private void queueDeliveries(Long notificationId, Long recipient) {
        NotificationPreferences choice = preferences.findById(recipient)
                .orElseGet(() -> NotificationPreferences.defaults(recipient));
        for (NotificationChannel channel : channels) {
            if (channel.isEnabled() && channel.isChosenBy(choice) && channel.reaches(recipient)) {
                jdbc.update("""
                        insert into notification_deliveries (notification_id, channel, status)
                        values (?, ?, 'PENDING') on conflict do nothing
                        """, notificationId, channel.name());
            }
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

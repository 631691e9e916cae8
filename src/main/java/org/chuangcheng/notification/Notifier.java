package org.chuangcheng.notification;

import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, each at most once per (recipient, record, kind, step): the insert skips a key that is
 * already there, so a listener handed the same event twice, a job run again after a restart or the same job on a
 * second instance sends nothing new. A new notification is queued for delivery on every configured channel its
 * recipient chose, and the notice once on the robot of each unit it reaches.
 */
@Component
class Notifier {

    private final JdbcTemplate jdbc;
    private final PreferencesStore preferences;
    private final List<NotificationChannel> channels;
    /** The units' robots, when configured among the channels: queued per unit, not per person. */
    private final NotificationChannel robot;

    Notifier(JdbcTemplate jdbc, PreferencesStore preferences, List<NotificationChannel> channels) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.channels = channels;
        this.robot = channels.stream().filter(c -> RobotChannel.NAME.equals(c.name())).findFirst().orElse(null);
    }

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
                queueRobot(ids.get(0), recipient, notice);
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

    /**
     * The recipient's unit robot, if her unit has one, hears of the notice once: the first notification of the notice
     * for someone of the unit claims the unit's post, later ones (another liaison, the head) find it taken.
     */
    private void queueRobot(Long notificationId, Long recipient, Notice notice) {
        if (robot == null || !robot.isEnabled()) {
            return;
        }
        List<Long> claimed = jdbc.queryForList("""
                insert into notification_robot_posts (unit_id, dedup_key, notification_id)
                select a.unit_id, ?, ? from accounts a join unit_webhooks w on w.unit_id = a.unit_id where a.id = ?
                on conflict do nothing
                returning notification_id
                """, Long.class, notice.dedupKey(), notificationId, recipient);
        if (!claimed.isEmpty()) {
            jdbc.update("""
                    insert into notification_deliveries (notification_id, channel, status)
                    values (?, ?, 'PENDING') on conflict do nothing
                    """, notificationId, robot.name());
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package org.chuangcheng.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.TimelineNote;
import org.chuangcheng.problem.TimelineNotes;
import org.chuangcheng.security.AccountManagement;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders sent about a problem, on its timeline: which reminder, to whom, by which channel, delivered or
 * failed. One line per reminder and rung, its recipients together.
 */
@Component
@RequiredArgsConstructor
class ReminderTimeline implements TimelineNotes {

    private static final List<String> KINDS = java.util.Arrays.stream(NotificationKind.values())
            .filter(NotificationKind::isProblemReminder).map(Enum::name).toList();

    private final JdbcTemplate jdbc;
    private final AccountManagement accounts;
    private final MessageSource messages;

    @Override
    @Transactional(readOnly = true)
    public List<TimelineNote> notesFor(Long problemId, Locale locale) {
        Map<String, Line> lines = new LinkedHashMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("""
                select n.id, n.kind, n.dedup_key, n.created_at, n.recipient_id, n.working_days, n.due_on,
                       d.channel, d.status, d.attempts
                from notifications n left join notification_deliveries d on d.notification_id = n.id
                where n.record_id = ? and n.kind = any (?)
                order by n.created_at, n.id, d.channel
                """, rs -> {
            String key = rs.getString("kind") + ":" + rs.getString("dedup_key");
            Line line = lines.computeIfAbsent(key, k -> new Line());
            try {
                if (line.at == null) {
                    line.at = rs.getTimestamp("created_at").toInstant();
                    line.kind = NotificationKind.valueOf(rs.getString("kind"));
                    line.days = (Integer) rs.getObject("working_days");
                    line.due = rs.getDate("due_on").toLocalDate();
                }
                long recipient = rs.getLong("recipient_id");
                String name = names.computeIfAbsent(recipient, id -> accounts.get(id).getDisplayName());
                String channel = rs.getString("channel");
                if (channel == null) {
                    line.recipients.computeIfAbsent(name, n -> new ArrayList<>(List.of(msg(locale,
                            "notification.channel.IN_APP"))));
                    return;
                }
                String sent = msg(locale, "notification.channel." + channel) + " "
                        + msg(locale, "notification.delivery." + rs.getString("status"), rs.getInt("attempts"));
                line.recipients.computeIfAbsent(name, n -> new ArrayList<>(List.of(msg(locale,
                        "notification.channel.IN_APP")))).add(sent);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }, problemId, KINDS.toArray(String[]::new));
        List<TimelineNote> notes = new ArrayList<>();
        for (Line line : lines.values()) {
            String who = String.join("; ", line.recipients.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList());
            notes.add(new TimelineNote(line.at, msg(locale, "notification.timeline." + line.kind, line.due, line.days),
                    msg(locale, "notification.timeline.to", who)));
        }
        return notes;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static final class Line {
        java.time.Instant at;
        NotificationKind kind;
        Integer days;
        java.time.LocalDate due;
        final Map<String, List<String>> recipients = new LinkedHashMap<>();
    }
}

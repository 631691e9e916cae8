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
import org.chuangcheng.task.TaskTimelineNotes;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every notification sent about a problem or a task, on its record's timeline: which one, to whom, by which
 * channel, delivered or failed. One line per notification and step, its recipients together.
 */
@Component
@RequiredArgsConstructor
class ReminderTimeline implements TimelineNotes, TaskTimelineNotes {

    private static final String[] PROBLEM_KINDS = kindsOf(NotificationKind.Record.PROBLEM);
    private static final String[] TASK_KINDS = kindsOf(NotificationKind.Record.TASK);

    private final JdbcTemplate jdbc;
    private final AccountManagement accounts;
    private final MessageSource messages;

    @Override
    @Transactional(readOnly = true)
    public List<TimelineNote> notesFor(Long problemId, Locale locale) {
        return lines(problemId, PROBLEM_KINDS, locale).stream()
                .map(line -> new TimelineNote(line.at, line.title(this, locale), line.detail(this, locale))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> taskNotes(Long taskId, Locale locale) {
        return lines(taskId, TASK_KINDS, locale).stream()
                .map(line -> new Note(line.at, line.title(this, locale), line.detail(this, locale))).toList();
    }

    private static String[] kindsOf(NotificationKind.Record record) {
        return java.util.Arrays.stream(NotificationKind.values()).filter(k -> k.record() == record).map(Enum::name)
                .toArray(String[]::new);
    }

    private java.util.Collection<Line> lines(Long recordId, String[] kinds, Locale locale) {
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
                    java.sql.Date due = rs.getDate("due_on");
                    line.due = due == null ? "—" : due.toLocalDate().toString();
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
        }, recordId, kinds);
        return lines.values();
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static final class Line {
        java.time.Instant at;
        NotificationKind kind;
        Integer days;
        String due;
        final Map<String, List<String>> recipients = new LinkedHashMap<>();

        String title(ReminderTimeline timeline, Locale locale) {
            return timeline.msg(locale, "notification.timeline." + kind, due, days);
        }

        String detail(ReminderTimeline timeline, Locale locale) {
            String who = String.join("; ", recipients.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList());
            return timeline.msg(locale, "notification.timeline.to", who);
        }
    }
}

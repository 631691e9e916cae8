package org.chuangcheng.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 每日汇总 per unit (to its liaisons, and to its head as well when something is overdue) and the weekly summary
 * for leaders: what is due soon, what is overdue, what was closed, each with its link. The digest is a
 * notification whose text is the list; the bell links to it and e-mail carries it whole.
 */
@Component
@RequiredArgsConstructor
class Digests {

    /** A problem in a digest. */
    record Line(Long problemId, String subject, LocalDate deadline, int workingDaysOverdue) {
    }

    /** One unit's open problems as the day's run found them. */
    record UnitDigest(Long unitId, String unitName, List<Line> dueSoon, List<Line> overdue) {
        UnitDigest(Long unitId, String unitName) {
            this(unitId, unitName, new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Notifier notifier;
    private final Recipients recipients;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    @Value("${app.notifications.base-url:http://localhost:8080}")
    private String baseUrl;

    /** Problems of each unit closed on or after {@code from} and before {@code to}, as announced. */
    Map<Long, Long> closedPerUnit(LocalDate from, LocalDate to) {
        Map<Long, Long> closed = new HashMap<>();
        jdbc.query("select unit_id, count(*) from notification_closures where closed_on >= ? and closed_on < ? group by unit_id",
                rs -> {
                    closed.put(rs.getLong(1), rs.getLong(2));
                }, Date.valueOf(from), Date.valueOf(to));
        return closed;
    }

    /** The day after the previous working day: the daily digest covers what was closed since the last one. */
    static LocalDate lastDigestDay(LocalDate today, ReminderRules rules) {
        LocalDate day = today.minusDays(1);
        for (int i = 0; i < 30 && !rules.isWorkingDay(day); i++) {
            day = day.minusDays(1);
        }
        return day;
    }

    int sendDaily(LocalDate today, ReminderRules rules, Map<Long, UnitDigest> perUnit) {
        Map<Long, Long> closed = closedPerUnit(lastDigestDay(today, rules), today);
        Map<Long, UnitDigest> units = new HashMap<>(perUnit);
        int sent = 0;
        for (Long unitId : closed.keySet()) {
            units.putIfAbsent(unitId, new UnitDigest(unitId, null));
        }
        for (UnitDigest unit : units.values()) {
            long closedCount = closed.getOrDefault(unit.unitId(), 0L);
            if (unit.dueSoon().isEmpty() && unit.overdue().isEmpty() && closedCount == 0) {
                continue;
            }
            List<Long> to = new ArrayList<>(recipients.liaisons(unit.unitId()));
            if (!unit.overdue().isEmpty()) {
                to.addAll(recipients.heads(unit.unitId()));
            }
            // each reader's digest in the language she chose
            for (Map.Entry<Locale, List<Long>> readers : recipients.byLanguage(to).entrySet()) {
                sent += notifier.send(readers.getValue(), new Notice(NotificationKind.DAILY_DIGEST, unit.unitId(),
                        today.toString(), unit.unitName(), today, unit.overdue().size(),
                        dailyText(unit, closedCount, readers.getKey())));
            }
        }
        return sent;
    }

    String dailyText(UnitDigest unit, long closed, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(msg(locale, "notification.digest.daily.counts", unit.dueSoon().size(), unit.overdue().size(), closed))
                .append('\n');
        section(text, locale, "notification.digest.dueSoon", unit.dueSoon());
        section(text, locale, "notification.digest.overdue", unit.overdue());
        return text.toString();
    }

    int sendWeekly(LocalDate today, Map<Long, UnitDigest> perUnit, String week) {
        long dueSoon = perUnit.values().stream().mapToLong(u -> u.dueSoon().size()).sum();
        long overdue = perUnit.values().stream().mapToLong(u -> u.overdue().size()).sum();
        long closed = closedPerUnit(today.minusDays(7), today).values().stream().mapToLong(Long::longValue).sum();
        int sent = 0;
        for (Map.Entry<Locale, List<Long>> readers : recipients.byLanguage(recipients.leaders()).entrySet()) {
            sent += notifier.send(readers.getValue(), new Notice(NotificationKind.WEEKLY_DIGEST, null, week, week, today,
                    (int) overdue, weeklyText(readers.getKey(), perUnit, dueSoon, overdue, closed)));
        }
        return sent;
    }

    String weeklyText(Locale locale, Map<Long, UnitDigest> perUnit, long dueSoon, long overdue, long closed) {
        StringBuilder text = new StringBuilder(msg(locale, "notification.digest.weekly.counts", dueSoon, overdue, closed))
                .append('\n');
        List<UnitDigest> worst = perUnit.values().stream().filter(u -> !u.overdue().isEmpty())
                .sorted(Comparator.comparing((UnitDigest u) -> -u.overdue().size()).thenComparing(UnitDigest::unitId))
                .limit(10).toList();
        if (!worst.isEmpty()) {
            text.append(msg(locale, "notification.digest.weekly.worst")).append('\n');
            for (UnitDigest unit : worst) {
                text.append("· ").append(msg(locale, "notification.digest.weekly.unit", unit.unitName(),
                        unit.overdue().size())).append(' ').append(baseUrl).append("/problems?scope=overdue&unitId=")
                        .append(unit.unitId()).append('\n');
            }
        }
        text.append(baseUrl).append("/problems?scope=overdue\n");
        return text.toString();
    }

    private void section(StringBuilder text, Locale locale, String key, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(msg(locale, key)).append('\n');
        for (Line line : lines) {
            text.append("· ").append(line.subject()).append(" (").append(msg(locale, "notification.digest.deadline",
                    line.deadline().toString())).append(") ").append(baseUrl).append("/problems/").append(line.problemId())
                    .append('\n');
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

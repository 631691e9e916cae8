package org.chuangcheng.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel's figures by period, for its own page and for the dashboard and the ranking to use
 * ({@link #figures}). Each figure is one {@code count(*) filter (where ...)} over this feature's tables.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportStatistics {

    /** Five years and a day: the longest period asked for in one query. */
    static final int MAX_DAYS = 5 * 366;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** The figures of the reports submitted from {@code from} to {@code to}, both inclusive, in the campaign's time zone. */
    public ReportFigures figures(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessRuleException("report.figures.period");
        }
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return jdbc.queryForObject("""
                select count(distinct r.phone) as reporters,
                       count(*) as reports,
                       count(*) filter (where r.status in ('ACCEPTED', 'DISPATCHED', 'RESOLVED', 'REPLIED')) as accepted,
                       count(*) filter (where r.status in ('DISPATCHED', 'RESOLVED', 'REPLIED')) as dispatched,
                       count(*) filter (where r.status in ('RESOLVED', 'REPLIED')) as resolved,
                       count(*) filter (where r.status = 'REPLIED') as replied,
                       count(*) filter (where r.status = 'REPLIED' and r.replied_on_time) as replied_on_time,
                       (select count(distinct w.phone) from report_rewards w
                         where w.status <> 'REFUSED' and w.due_on between ? and ?) as rewarded,
                       (select coalesce(sum(w.amount), 0) from report_rewards w
                         where w.status <> 'REFUSED' and w.due_on between ? and ?) as amount
                from citizen_reports r
                where r.submitted_at >= ? and r.submitted_at < ?
                """, (rs, n) -> new ReportFigures(from, to, rs.getLong("reporters"), rs.getLong("reports"),
                rs.getLong("accepted"), rs.getLong("dispatched"), rs.getLong("resolved"), rs.getLong("replied"),
                rs.getLong("replied_on_time"), rs.getLong("rewarded"), rs.getBigDecimal("amount")),
                from, to, from, to, start, end);
    }

    /** This year so far. */
    public ReportFigures yearToDate() {
        LocalDate today = LocalDate.now(clock);
        return figures(today.withDayOfYear(1), today);
    }
}

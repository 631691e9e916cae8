package org.chuangcheng.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Ratio;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
        return figures(from, to, null, null);
    }

    /**
     * The figures of the reports submitted from {@code from} to {@code to}, narrowed (when either is given) to
     * those handed as a problem to a unit of the type, at a checkpoint of the district: the reports of
     * {@link ReportFilter} with the same period, district and unit type, and the rewards for them. A report has
     * no district or unit before it is dispatched, so a narrowed count is of dispatched reports only. One
     * statement.
     */
    public ReportFigures figures(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessRuleException("report.figures.period");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to)
                .addValue("start", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .addValue("end", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .addValue("narrowed", districtId != null || unitType != null)
                .addValue("districtId", districtId)
                .addValue("unitType", unitType == null ? null : unitType.name());
        return new NamedParameterJdbcTemplate(jdbc).queryForObject("""
                with picked as (
                    select r.* from citizen_reports r
                    where r.submitted_at >= :start and r.submitted_at < :end
                      and (not :narrowed or exists (
                           select 1 from problems p
                           join checkpoints c on c.id = p.checkpoint_id
                           join units u on u.id = p.responsible_unit_id
                           where p.id = r.problem_id
                             and (cast(:districtId as bigint) is null or c.district_id = :districtId)
                             and (cast(:unitType as varchar) is null or u.type = :unitType))))
                select count(distinct r.phone) as reporters,
                       count(*) as reports,
                       count(*) filter (where r.status in ('ACCEPTED', 'DISPATCHED', 'RESOLVED', 'REPLIED')) as accepted,
                       count(*) filter (where r.status in ('DISPATCHED', 'RESOLVED', 'REPLIED')) as dispatched,
                       count(*) filter (where r.status in ('RESOLVED', 'REPLIED')) as resolved,
                       count(*) filter (where r.status = 'REPLIED') as replied,
                       count(*) filter (where r.status = 'REPLIED' and r.replied_on_time) as replied_on_time,
                       (select count(distinct w.phone) from report_rewards w
                         where w.status <> 'REFUSED' and w.due_on between :from and :to
                           and (not :narrowed or w.report_id in (select id from picked))) as rewarded,
                       (select coalesce(sum(w.amount), 0) from report_rewards w
                         where w.status <> 'REFUSED' and w.due_on between :from and :to
                           and (not :narrowed or w.report_id in (select id from picked))) as amount
                from picked r
                """, params, (rs, n) -> new ReportFigures(from, to, rs.getLong("reporters"), rs.getLong("reports"),
                rs.getLong("accepted"), rs.getLong("dispatched"), rs.getLong("resolved"), rs.getLong("replied"),
                rs.getLong("replied_on_time"), rs.getLong("rewarded"), rs.getBigDecimal("amount")));
    }

    /**
     * Citizen-report handling of a unit in a district: of the reports submitted in the period and dispatched as
     * a problem, how many were resolved, the same counts as {@link ReportFigures#handlingRate()}, by the
     * problem's responsible unit (after any 转办) and its checkpoint's district.
     */
    public record Handling(long unitId, long districtId, long dispatched, long resolved) {

        /** Resolved / dispatched over the given rows ("—" over none). */
        public static Ratio rate(Collection<Handling> rows) {
            return Ratio.of(rows.stream().mapToLong(Handling::resolved).sum(),
                    rows.stream().mapToLong(Handling::dispatched).sum());
        }
    }

    /**
     * The handling counts of the reports submitted from {@code from} to {@code to} (both inclusive), one row per
     * responsible unit and district, in one statement: the dashboard narrows them, the ranking adds them up by
     * unit. The rows add up to {@link #figures}'s dispatched and resolved.
     */
    public List<Handling> handling(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessRuleException("report.figures.period");
        }
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return jdbc.query("""
                select p.responsible_unit_id, c.district_id,
                       count(*) as dispatched,
                       count(*) filter (where r.status in ('RESOLVED', 'REPLIED')) as resolved
                from citizen_reports r
                join problems p on p.id = r.problem_id
                join checkpoints c on c.id = p.checkpoint_id
                where r.submitted_at >= ? and r.submitted_at < ?
                  and r.status in ('DISPATCHED', 'RESOLVED', 'REPLIED')
                group by p.responsible_unit_id, c.district_id
                """, (rs, n) -> new Handling(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), start, end);
    }

    /** This year so far. */
    public ReportFigures yearToDate() {
        return yearToDate(null, null);
    }

    /** This year so far, narrowed as {@link #figures(LocalDate, LocalDate, Long, UnitType)} narrows. */
    public ReportFigures yearToDate(Long districtId, UnitType unitType) {
        LocalDate today = LocalDate.now(clock);
        return figures(today.withDayOfYear(1), today, districtId, unitType);
    }
}

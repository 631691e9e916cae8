package org.chuangcheng.problem.statistics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the maintained statistics in one SQL statement: the whole months (by week: weeks) of the period from
 * {@code problem_statistics} (the smallest grain holding the query's dimensions), the days of a partial first
 * or last month (week) from the raw rows, and what is overdue today from the open problems. Only fixed SQL fragments are concatenated; every value is a bind parameter.
 */
@Repository
@RequiredArgsConstructor
public class StatisticsQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The figures per group of {@code q}, with "today" deciding what is due and overdue. */
    public Map<String, Counts> counts(Query q, LocalDate today) {
        ZoneId zone = clock.getZone();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", q.from()).addValue("to", q.to()).addValue("today", today)
                .addValue("zone", zone.getId());
        boolean weeks = q.groupBy() == Dimension.WEEK;
        Period period = weeks ? Period.ofWeeks(q.from(), q.to()) : Period.of(q.from(), q.to());
        List<String> parts = new ArrayList<>();
        if (period.hasWholeMonths()) {
            params.addValue("firstMonth", period.firstMonth()).addValue("lastMonth", period.lastMonth())
                    .addValue("grain", grain(q));
            parts.add("select " + statisticsKey(q.groupBy()) + """
                     as k, s.assigned, s.with_deadline, s.closed, s.on_time, s.reviewed, s.returned, 0 as overdue
                      from problem_statistics s
                     where s.grain = :grain and s.month between :firstMonth and :lastMonth
                    """ + statisticsFilters(q, params));
        }
        List<Days> edges = period.edges();
        if (!edges.isEmpty()) {
            StringBuilder days = new StringBuilder();
            StringBuilder instants = new StringBuilder();
            for (int i = 0; i < edges.size(); i++) {
                Days edge = edges.get(i);
                params.addValue("edgeFrom" + i, edge.from()).addValue("edgeTo" + i, edge.to())
                        .addValue("edgeSince" + i, startOf(edge.from(), zone))
                        .addValue("edgeUntil" + i, startOf(edge.to().plusDays(1), zone));
                days.append(i == 0 ? "" : " or ").append("p.assigned_on between :edgeFrom%d and :edgeTo%d"
                        .formatted(i, i));
                instants.append(i == 0 ? "" : " or ").append("(r.reviewed_at >= :edgeSince%d and r.reviewed_at < :edgeUntil%d)"
                        .formatted(i, i));
            }
            parts.add("select " + rawKey(q.groupBy(), "to_char(p.assigned_on, 'YYYY-MM')") + """
                     as k, 1, (p.deadline is not null)::integer,
                           (p.deadline is not null and p.status = 'CLOSED')::integer,
                           (p.deadline is not null and p.status = 'CLOSED'
                            and p.accepted_submitted_on <= p.deadline)::integer,
                           0, 0, 0
                      from problems p
                    """ + checkpointJoin(q) + " where p.status <> 'CANCELLED' and (" + days + ")"
                    + rawFilters(q, params));
            // reviews fall in the week (month) they were made in, not the one their problem was assigned in
            String reviewKey = weeks
                    ? "to_char(problem_statistics_week(cast(r.reviewed_at at time zone :zone as date)), 'YYYY-MM-DD')"
                    : rawKey(q.groupBy(), "to_char(r.reviewed_at at time zone :zone, 'YYYY-MM')");
            parts.add("select " + reviewKey + """
                     as k, 0, 0, 0, 0, 1, (r.outcome = 'RETURNED')::integer, 0
                      from rectifications r
                      join problems p on p.id = r.problem_id
                    """ + checkpointJoin(q) + """
                     where r.outcome in ('ACCEPTED', 'RETURNED') and p.status <> 'CANCELLED' and (""" + instants
                    + ")" + rawFilters(q, params));
        }
        parts.add("select " + rawKey(q.groupBy(), "to_char(p.assigned_on, 'YYYY-MM')") + """
                 as k, 0, 0, 0, 0, 0, 0, 1
                  from problems p
                """ + checkpointJoin(q) + """
                 where p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED') and p.deadline < :today
                   and p.assigned_on between :from and :to
                """ + rawFilters(q, params));
        String sql = """
                select k, sum(assigned) as assigned, sum(with_deadline) as with_deadline, sum(closed) as closed,
                       sum(on_time) as on_time, sum(reviewed) as reviewed, sum(returned) as returned,
                       sum(overdue) as overdue
                  from (%s) x (k, assigned, with_deadline, closed, on_time, reviewed, returned, overdue)
                 group by k
                having sum(assigned) > 0 or sum(reviewed) > 0
                """.formatted(String.join("\nunion all\n", parts));
        Map<String, Counts> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            long closed = rs.getLong("closed");
            long overdue = rs.getLong("overdue");
            result.put(rs.getString("k"), new Counts(rs.getLong("assigned"), rs.getLong("with_deadline"), closed,
                    closed + overdue, rs.getLong("on_time"), overdue, rs.getLong("reviewed"), rs.getLong("returned")));
        });
        return result;
    }

    /** The smallest grain whose dimensions hold the query's filters and grouping (see the migration). */
    static String grain(Query q) {
        boolean unit = q.unitId() != null || q.unitIds() != null || q.groupBy() == Dimension.UNIT;
        if (q.groupBy() == Dimension.WEEK) {
            return unit ? "W" : "V";
        }
        boolean district = q.districtId() != null || q.groupBy() == Dimension.DISTRICT;
        boolean category = q.categoryId() != null || q.groupBy() == Dimension.CATEGORY;
        boolean standard = q.standardId() != null || q.groupBy() == Dimension.STANDARD;
        if (!unit && !district && !category && !standard) {
            return "T";
        }
        if (unit && !district && !category && !standard) {
            return "U";
        }
        if (!unit && !standard) {
            return "D";
        }
        if (!unit && !district) {
            return "S";
        }
        return "F";
    }

    private static String statisticsKey(Dimension groupBy) {
        if (groupBy == null) {
            return "'" + ProblemStatistics.TOTAL + "'";
        }
        return switch (groupBy) {
            case UNIT -> "cast(s.unit_id as text)";
            case DISTRICT -> "cast(s.district_id as text)";
            case CATEGORY -> "cast(s.category_id as text)";
            case STANDARD -> "cast(s.standard_id as text)";
            case MONTH -> "to_char(s.month, 'YYYY-MM')";
            case WEEK -> "to_char(s.month, 'YYYY-MM-DD')";
        };
    }

    private static String rawKey(Dimension groupBy, String month) {
        if (groupBy == null) {
            return "'" + ProblemStatistics.TOTAL + "'";
        }
        return switch (groupBy) {
            case UNIT -> "cast(p.responsible_unit_id as text)";
            case DISTRICT -> "cast(c.district_id as text)";
            case CATEGORY -> "cast(c.category_id as text)";
            case STANDARD -> "cast(p.standard_id as text)";
            case MONTH -> month;
            case WEEK -> "to_char(problem_statistics_week(p.assigned_on), 'YYYY-MM-DD')";
        };
    }

    private static String checkpointJoin(Query q) {
        boolean needed = q.districtId() != null || q.categoryId() != null || q.groupBy() == Dimension.DISTRICT
                || q.groupBy() == Dimension.CATEGORY;
        return needed ? " join checkpoints c on c.id = p.checkpoint_id " : "";
    }

    private static String statisticsFilters(Query q, MapSqlParameterSource params) {
        return filters(q, params, "s.district_id", "s.unit_id", "s.category_id", "s.standard_id");
    }

    private static String rawFilters(Query q, MapSqlParameterSource params) {
        return filters(q, params, "c.district_id", "p.responsible_unit_id", "c.category_id", "p.standard_id");
    }

    private static String filters(Query q, MapSqlParameterSource params, String district, String unit,
            String category, String standard) {
        StringBuilder where = new StringBuilder();
        if (q.districtId() != null) {
            where.append(" and ").append(district).append(" = :districtId");
            params.addValue("districtId", q.districtId());
        }
        if (q.unitId() != null) {
            where.append(" and ").append(unit).append(" = :unitId");
            params.addValue("unitId", q.unitId());
        }
        if (q.categoryId() != null) {
            where.append(" and ").append(category).append(" = :categoryId");
            params.addValue("categoryId", q.categoryId());
        }
        if (q.standardId() != null) {
            where.append(" and ").append(standard).append(" = :standardId");
            params.addValue("standardId", q.standardId());
        }
        if (q.unitIds() != null) {
            where.append(" and ").append(unit).append(" in (:unitIds)");
            params.addValue("unitIds", q.unitIds());
        }
        return where.toString();
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * A period split into its whole calendar months (or whole weeks, Monday to Sunday) and the days before and
     * after them; {@code firstMonth}/{@code lastMonth} are the first days of the first and last whole one.
     */
    record Period(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth, boolean weeks) {

        static Period of(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate last = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to.withDayOfMonth(1)
                    : to.withDayOfMonth(1).minusMonths(1);
            return new Period(from, to, first, last, false);
        }

        static Period ofWeeks(LocalDate from, LocalDate to) {
            LocalDate first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate last = to.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new Period(from, to, first, last, true);
        }

        boolean hasWholeMonths() {
            return !firstMonth.isAfter(lastMonth);
        }

        /** The day ranges (inclusive) that the whole months (weeks) leave out. */
        List<Days> edges() {
            if (!hasWholeMonths()) {
                return List.of(new Days(from, to));
            }
            List<Days> edges = new ArrayList<>();
            if (from.isBefore(firstMonth)) {
                edges.add(new Days(from, firstMonth.minusDays(1)));
            }
            LocalDate afterLast = weeks ? lastMonth.plusWeeks(1) : lastMonth.plusMonths(1);
            if (!afterLast.isAfter(to)) {
                edges.add(new Days(afterLast, to));
            }
            return edges;
        }
    }

    /** Days from {@code from} to {@code to}, both included. */
    record Days(LocalDate from, LocalDate to) {
    }
}

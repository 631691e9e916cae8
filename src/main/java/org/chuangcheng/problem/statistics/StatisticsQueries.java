package org.chuangcheng.problem.statistics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * {@code problem_statistics} (the smallest grain holding the query's dimensions); a partial first or last month
 * (week) either from the raw rows of its days, or as its counters less the raw rows of the days it leaves out,
 * whichever reads fewer rows (a period up to today takes this month's counters less the days still to come,
 * which hold nothing); and what is overdue today from the open problems. Only fixed SQL fragments are
 * concatenated; every value is a bind parameter.
 */
@Repository
@RequiredArgsConstructor
public class StatisticsQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The figures per group of {@code q}, with "today" deciding what is due and overdue. */
    public Map<String, Counts> counts(Query q, LocalDate today) {
        return counts(q, today, true);
    }

    /**
     * The figures per group of {@code q}; without {@code withOverdue} the live count of the open problems past their
     * deadline is left out (overdue 0, due = closed), for callers that need only the maintained figures.
     */
    public Map<String, Counts> counts(Query q, LocalDate today, boolean withOverdue) {
        ZoneId zone = clock.getZone();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", q.from()).addValue("to", q.to()).addValue("today", today)
                .addValue("zone", zone.getId());
        boolean weeks = q.groupBy() == Dimension.WEEK;
        Period period = weeks ? Period.ofWeeks(q.from(), q.to()) : Period.of(q.from(), q.to());
        // a partial month (week) is read either as its raw rows, or as its counters less the raw rows of the days
        // it leaves out: this month so far is its counters less nothing (no problem is assigned tomorrow)
        List<Days> added = new ArrayList<>();
        List<Days> subtracted = new ArrayList<>();
        LocalDate firstCounted = period.hasWholeMonths() ? period.firstMonth() : null;
        LocalDate lastCounted = period.hasWholeMonths() ? period.lastMonth() : null;
        for (Partial partial : period.partials()) {
            if (partial.countedLessExcluded(today)) {
                subtracted.addAll(partial.excluded());
                firstCounted = firstCounted == null || partial.start().isBefore(firstCounted) ? partial.start() : firstCounted;
                lastCounted = lastCounted == null || partial.start().isAfter(lastCounted) ? partial.start() : lastCounted;
            } else {
                added.add(partial.included());
            }
        }
        List<String> parts = new ArrayList<>();
        if (firstCounted != null) {
            params.addValue("firstMonth", firstCounted).addValue("lastMonth", lastCounted)
                    .addValue("grain", grain(q));
            parts.add("select " + statisticsKey(q.groupBy()) + """
                     as k, s.assigned, s.with_deadline, s.closed, s.on_time, s.reviewed, s.returned, 0 as overdue
                      from problem_statistics s
                     where s.grain = :grain and s.month between :firstMonth and :lastMonth
                    """ + statisticsFilters(q, params));
        }
        parts.addAll(rawDays(q, params, added, "", "added", weeks, zone));
        parts.addAll(rawDays(q, params, subtracted, "-", "subtracted", weeks, zone));
        if (withOverdue) {
            parts.add("select " + rawKey(q.groupBy(), "to_char(p.assigned_on, 'YYYY-MM')") + """
                     as k, 0, 0, 0, 0, 0, 0, 1
                      from problems p
                    """ + checkpointJoin(q) + """
                     where p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED') and p.deadline < :today
                       and p.assigned_on between :from and :to
                    """ + rawFilters(q, params));
        }
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

    /**
     * The raw rows of some days as parts of the union: the problems assigned and the reviews made on them, each
     * counted once ({@code sign} "") or taken away ({@code sign} "-").
     */
    private List<String> rawDays(Query q, MapSqlParameterSource params, List<Days> ranges, String sign, String name,
            boolean weeks, ZoneId zone) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        StringBuilder days = new StringBuilder();
        StringBuilder instants = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            Days range = ranges.get(i);
            String from = name + "From" + i;
            String to = name + "To" + i;
            String since = name + "Since" + i;
            String until = name + "Until" + i;
            params.addValue(from, range.from()).addValue(to, range.to())
                    .addValue(since, startOf(range.from(), zone)).addValue(until, startOf(range.to().plusDays(1), zone));
            days.append(i == 0 ? "" : " or ").append("p.assigned_on between :" + from + " and :" + to);
            instants.append(i == 0 ? "" : " or ").append("(r.reviewed_at >= :" + since + " and r.reviewed_at < :"
                    + until + ")");
        }
        List<String> parts = new ArrayList<>();
        parts.add("select " + rawKey(q.groupBy(), "to_char(p.assigned_on, 'YYYY-MM')") + """
                 as k, %1$s1, %1$s(p.deadline is not null)::integer,
                       %1$s(p.deadline is not null and p.status = 'CLOSED')::integer,
                       %1$s(p.deadline is not null and p.status = 'CLOSED'
                        and p.accepted_submitted_on <= p.deadline)::integer,
                       0, 0, 0
                  from problems p
                """.formatted(sign) + checkpointJoin(q) + " where p.status <> 'CANCELLED' and (" + days + ")"
                + rawFilters(q, params));
        // reviews fall in the week (month) they were made in, not the one their problem was assigned in
        String reviewKey = weeks
                ? "to_char(problem_statistics_week(cast(r.reviewed_at at time zone :zone as date)), 'YYYY-MM-DD')"
                : rawKey(q.groupBy(), "to_char(r.reviewed_at at time zone :zone, 'YYYY-MM')");
        parts.add("select " + reviewKey + """
                 as k, 0, 0, 0, 0, %1$s1, %1$s(r.outcome = 'RETURNED')::integer, 0
                  from rectifications r
                  join problems p on p.id = r.problem_id
                """.formatted(sign) + checkpointJoin(q) + """
                 where r.outcome in ('ACCEPTED', 'RETURNED') and p.status <> 'CANCELLED' and (""" + instants
                + ")" + rawFilters(q, params));
        return parts;
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
            return partials().stream().map(Partial::included).toList();
        }

        /** The first and the last month (week) of the period when the period covers them only in part. */
        List<Partial> partials() {
            LocalDate first = startOfUnit(from);
            LocalDate last = startOfUnit(to);
            List<Partial> partials = new ArrayList<>();
            for (LocalDate start : first.equals(last) ? List.of(first) : List.of(first, last)) {
                LocalDate end = (weeks ? start.plusWeeks(1) : start.plusMonths(1)).minusDays(1);
                if (start.isBefore(from) || end.isAfter(to)) {
                    partials.add(new Partial(start, end, new Days(start.isBefore(from) ? from : start,
                            end.isAfter(to) ? to : end)));
                }
            }
            return partials;
        }

        private LocalDate startOfUnit(LocalDate day) {
            return weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        }
    }

    /** A month (week) from {@code start} to {@code end} of which the period includes only some days. */
    record Partial(LocalDate start, LocalDate end, Days included) {

        /** The days of the month (week) outside the period: before it, after it, or both. */
        List<Days> excluded() {
            List<Days> excluded = new ArrayList<>();
            if (start.isBefore(included.from())) {
                excluded.add(new Days(start, included.from().minusDays(1)));
            }
            if (end.isAfter(included.to())) {
                excluded.add(new Days(included.to().plusDays(1), end));
            }
            return excluded;
        }

        /**
         * Whether it is cheaper read as its maintained counters less the raw rows of the days it leaves out (the
         * same figures, by addition): when it leaves out fewer days than it includes, or only days after today,
         * which hold nothing yet (a period up to today: the counters of this month so far).
         */
        boolean countedLessExcluded(LocalDate today) {
            List<Days> excluded = excluded();
            long excludedDays = excluded.stream().mapToLong(Days::length).sum();
            return excludedDays < included.length() || excluded.stream().allMatch(d -> d.from().isAfter(today));
        }
    }

    /** Days from {@code from} to {@code to}, both included. */
    record Days(LocalDate from, LocalDate to) {

        long length() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }
}

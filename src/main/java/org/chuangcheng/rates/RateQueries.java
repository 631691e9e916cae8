package org.chuangcheng.rates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the rates: every figure is a {@code count(*) filter (where ...)} or a {@code sum} in
 * PostgreSQL, grouped there, so the database returns one row per group however many problems there are.
 * Only fixed SQL fragments are concatenated; every value travels as a bind parameter.
 */
@Repository
@RequiredArgsConstructor
class RateQueries {

    /** Key of the single row of an ungrouped query. */
    static final String TOTAL = "total";

    private final NamedParameterJdbcTemplate jdbc;

    record ProblemCounts(long assigned, long withDeadline, long closed, long due, long onTime, long overdue) {
    }

    record ReviewCounts(long reviewed, long returned) {
    }

    record ComplianceCounts(long passed, long assessed) {
    }

    /**
     * Problems assigned in the period (cancelled excluded) per group. "Today" decides what is due and
     * overdue: a deadline day is passed once it is before today.
     */
    Map<String, ProblemCounts> problems(RateFilter f, GroupBy groupBy, LocalDate today) {
        String key = switch (groupBy == null ? "" : groupBy.name()) {
            case "UNIT" -> "cast(p.responsible_unit_id as text)";
            case "DISTRICT" -> "cast(c.district_id as text)";
            case "CATEGORY" -> "cast(c.category_id as text)";
            case "STANDARD" -> "cast(p.standard_id as text)";
            case "MONTH" -> "to_char(p.assigned_on, 'YYYY-MM')";
            default -> "'" + TOTAL + "'";
        };
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", f.from())
                .addValue("to", f.to())
                .addValue("today", today);
        String sql = """
                select %s as k,
                       count(*) as assigned,
                       count(*) filter (where p.deadline is not null) as with_deadline,
                       count(*) filter (where p.deadline is not null and p.status = 'CLOSED') as closed,
                       count(*) filter (where p.deadline is not null
                                          and (p.status = 'CLOSED' or p.deadline < :today)) as due,
                       count(*) filter (where p.deadline is not null and p.status = 'CLOSED'
                                          and p.accepted_submitted_on <= p.deadline) as on_time,
                       count(*) filter (where p.deadline is not null and p.status <> 'CLOSED'
                                          and p.deadline < :today) as overdue
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                 where p.status <> 'CANCELLED'
                   and p.assigned_on between :from and :to
                """.formatted(key) + problemFilters(f, params) + groupClause(groupBy);
        return collect(jdbc.query(sql, params, (rs, i) -> new SimpleEntry<>(keyOf(rs),
                new ProblemCounts(rs.getLong("assigned"), rs.getLong("with_deadline"), rs.getLong("closed"),
                        rs.getLong("due"), rs.getLong("on_time"), rs.getLong("overdue")))));
    }

    /**
     * Rectifications reviewed (accepted or returned) in the period, of the problems that match the filter's
     * district, unit, category and standard (cancelled problems excluded). The period applies to the day of
     * the review, not to the problem's assignment: a submission returned in March counts in March.
     */
    Map<String, ReviewCounts> reviews(RateFilter f, GroupBy groupBy, ZoneId zone) {
        String key = switch (groupBy == null ? "" : groupBy.name()) {
            case "UNIT" -> "cast(p.responsible_unit_id as text)";
            case "DISTRICT" -> "cast(c.district_id as text)";
            case "CATEGORY" -> "cast(c.category_id as text)";
            case "STANDARD" -> "cast(p.standard_id as text)";
            case "MONTH" -> "to_char(r.reviewed_at at time zone :zone, 'YYYY-MM')";
            default -> "'" + TOTAL + "'";
        };
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("since", startOf(f.from(), zone))
                .addValue("until", startOf(f.to().plusDays(1), zone))
                .addValue("zone", zone.getId());
        String sql = """
                select %s as k,
                       count(*) as reviewed,
                       count(*) filter (where r.outcome = 'RETURNED') as returned
                  from rectifications r
                  join problems p on p.id = r.problem_id
                  join checkpoints c on c.id = p.checkpoint_id
                 where r.outcome in ('ACCEPTED', 'RETURNED')
                   and r.reviewed_at >= :since and r.reviewed_at < :until
                   and p.status <> 'CANCELLED'
                """.formatted(key) + problemFilters(f, params) + groupClause(groupBy);
        return collect(jdbc.query(sql, params, (rs, i) -> new SimpleEntry<>(keyOf(rs),
                new ReviewCounts(rs.getLong("reviewed"), rs.getLong("returned")))));
    }

    /**
     * Compliance pooled over each active checkpoint's latest finished inspection up to the end of the
     * period (for a month row: up to the end of that month); older inspections are ignored. With a standard
     * in the filter, or grouped by standard, only that standard's checklist items count (not-applicable
     * ones excluded); otherwise the inspection's own passed/assessed counts.
     */
    Map<String, ComplianceCounts> compliance(RateFilter f, GroupBy groupBy, ZoneId zone) {
        boolean byItems = f.standardId() != null || groupBy == GroupBy.STANDARD;
        boolean byMonth = groupBy == GroupBy.MONTH;
        String key = switch (groupBy == null ? "" : groupBy.name()) {
            case "UNIT" -> "cast(c.responsible_unit_id as text)";
            case "DISTRICT" -> "cast(c.district_id as text)";
            case "CATEGORY" -> "cast(c.category_id as text)";
            case "STANDARD" -> "cast(ii.standard_id as text)";
            case "MONTH" -> "to_char(m.month, 'YYYY-MM')";
            default -> "'" + TOTAL + "'";
        };
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("until", startOf(f.to().plusDays(1), zone));
        StringBuilder sql = new StringBuilder();
        if (byMonth) {
            params.addValue("firstMonth", f.from().withDayOfMonth(1)).addValue("to", f.to()).addValue("zone", zone.getId());
            sql.append("""
                    with months as (
                        select cast(d as date) as month
                          from generate_series(cast(:firstMonth as timestamp), cast(:to as timestamp), interval '1 month') d)
                    """);
        }
        sql.append("select ").append(key).append(" as k, ");
        sql.append(byItems
                ? "count(*) filter (where ii.result = 'PASS') as passed, "
                        + "count(*) filter (where ii.result in ('PASS', 'FAIL')) as assessed "
                : "coalesce(sum(li.passed_count), 0) as passed, coalesce(sum(li.assessed_count), 0) as assessed ");
        sql.append(byMonth ? "from months m cross join checkpoints c " : "from checkpoints c ");
        String until = byMonth
                ? "least(cast(m.month + interval '1 month' as timestamp) at time zone :zone, :until)"
                : ":until";
        sql.append("""
                cross join lateral (
                    select i.id, i.passed_count, i.assessed_count
                      from inspections i
                     where i.checkpoint_id = c.id and i.finished_at is not null and i.finished_at < %s
                     order by i.finished_at desc, i.id desc
                     limit 1) li
                """.formatted(until));
        if (byItems) {
            sql.append(" join inspection_items ii on ii.inspection_id = li.id");
            if (f.standardId() != null) {
                sql.append(" and ii.standard_id = :standardId");
                params.addValue("standardId", f.standardId());
            }
        }
        sql.append(" where c.active");
        if (f.districtId() != null) {
            sql.append(" and c.district_id = :districtId");
            params.addValue("districtId", f.districtId());
        }
        if (f.unitId() != null) {
            sql.append(" and c.responsible_unit_id = :unitId");
            params.addValue("unitId", f.unitId());
        }
        if (f.categoryId() != null) {
            sql.append(" and c.category_id = :categoryId");
            params.addValue("categoryId", f.categoryId());
        }
        sql.append(groupClause(groupBy));
        return collect(jdbc.query(sql.toString(), params, (rs, i) -> new SimpleEntry<>(keyOf(rs),
                new ComplianceCounts(rs.getLong("passed"), rs.getLong("assessed")))));
    }

    /** Labels of the groups of a dimension, by key; months label themselves. */
    Map<String, String> labels(GroupBy groupBy, Collection<String> keys, boolean english) {
        if (groupBy == null || groupBy == GroupBy.MONTH) {
            return Map.of();
        }
        List<Long> ids = keys.stream().filter(k -> k != null && !k.equals(TOTAL)).map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = switch (groupBy) {
            case UNIT, DISTRICT -> "select id, coalesce(short_name, name) as label from units where id in (:ids)";
            case CATEGORY -> "select id, " + (english ? "name_en" : "name_zh")
                    + " as label from checkpoint_categories where id in (:ids)";
            case STANDARD -> "select id, code || ' ' || " + (english ? "text_en" : "text_zh")
                    + " as label from standards where id in (:ids)";
            case MONTH -> throw new IllegalStateException();
        };
        Map<String, String> labels = new HashMap<>();
        jdbc.query(sql, Map.of("ids", ids), rs -> {
            labels.put(String.valueOf(rs.getLong("id")), rs.getString("label"));
        });
        return labels;
    }

    private static String problemFilters(RateFilter f, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (f.districtId() != null) {
            where.append(" and c.district_id = :districtId");
            params.addValue("districtId", f.districtId());
        }
        if (f.unitId() != null) {
            where.append(" and p.responsible_unit_id = :unitId");
            params.addValue("unitId", f.unitId());
        }
        if (f.categoryId() != null) {
            where.append(" and c.category_id = :categoryId");
            params.addValue("categoryId", f.categoryId());
        }
        if (f.standardId() != null) {
            where.append(" and p.standard_id = :standardId");
            params.addValue("standardId", f.standardId());
        }
        return where.toString();
    }

    private static String groupClause(GroupBy groupBy) {
        return groupBy == null ? "" : " group by 1";
    }

    private static String keyOf(ResultSet rs) throws SQLException {
        return rs.getString("k");
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static <T> Map<String, T> collect(List<Map.Entry<String, T>> entries) {
        Map<String, T> map = new HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}

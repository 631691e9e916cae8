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
 * The SQL behind the rates that are not the problem feature's: checkpoint compliance (a {@code sum} grouped in
 * PostgreSQL, one row per group however many inspections there are) and the labels of the groups. The problem
 * figures come from {@link org.chuangcheng.problem.ProblemStatistics}. Only fixed SQL fragments are
 * concatenated; every value travels as a bind parameter.
 */
@Repository
@RequiredArgsConstructor
class RateQueries {

    /** Key of the single row of an ungrouped query. */
    static final String TOTAL = org.chuangcheng.problem.ProblemStatistics.TOTAL;

    private final NamedParameterJdbcTemplate jdbc;

    record ComplianceCounts(long passed, long assessed) {
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

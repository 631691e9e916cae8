package org.chuangcheng.rates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Checkpoint compliance (达标率) from the maintained statistics ({@code V80}): as of a moment, the sum over the
 * active checkpoints of their latest finished inspection's passed/assessed counts. The whole months before the
 * moment come from {@code compliance_statistics} (each month holds the change of the checkpoints' latest
 * counts in it, so the sum of all earlier months is the state at the month's start); the days of the moment's
 * own month from the inspections finished in them, each as the change against the checkpoint's previous one.
 * Groups whose checkpoints have nothing assessed are left out. Only fixed SQL fragments are concatenated.
 */
@Repository
@RequiredArgsConstructor
class ComplianceQueries {

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * Compliance at the end of the filter's period (for a month row: at the end of that month), of its
     * district, unit and category and of {@code unitIds} (null: all), grouped by unit, district, category or
     * month ({@code null}: one group keyed {@link RateQueries#TOTAL}). Not by standard: see {@link RateQueries}.
     */
    Map<String, ComplianceCounts> compliance(RateFilter f, Collection<Long> unitIds, GroupBy groupBy, ZoneId zone) {
        if (groupBy == GroupBy.STANDARD || f.standardId() != null) {
            throw new IllegalArgumentException("compliance by standard is counted by checklist items");
        }
        if (unitIds != null && unitIds.isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        LocalDate edgeMonth = f.to().plusDays(1).withDayOfMonth(1);
        OffsetDateTime since = startOf(edgeMonth, zone);
        OffsetDateTime until = startOf(f.to().plusDays(1), zone);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("edgeMonth", edgeMonth)
                .addValue("since", since).addValue("until", until).addValue("grain", grain(f, unitIds, groupBy))
                .addValue("nextMonth", startOf(edgeMonth.plusMonths(1), zone));
        boolean partialMonth = since.isBefore(until);
        // when nothing was finished in the moment's month after the moment (a period up to today), the month's
        // counters are the state at the moment: read them instead of the month's inspections one by one
        StringBuilder sql = new StringBuilder(partialMonth ? """
                with month_done as (
                    select not exists (select 1 from inspections j
                                        where j.finished_at >= :until and j.finished_at < :nextMonth) as done)
                """ : "")
                .append("select k, sum(passed) as passed, sum(assessed) as assessed from (")
                .append("select ").append(key(groupBy, "s.unit_id", "s.district_id", "s.category_id",
                        "to_char(s.month, 'YYYY-MM')"))
                .append("""
                         as k, s.passed, s.assessed
                          from compliance_statistics s
                         where s.grain = :grain
                        """)
                .append(partialMonth
                        ? " and s.month <= :edgeMonth and (s.month < :edgeMonth or (select done from month_done))\n"
                        : " and s.month < :edgeMonth\n")
                .append(filters(f, unitIds, params, "s.unit_id", "s.district_id", "s.category_id"));
        if (partialMonth) {
            sql.append(" union all select ").append(key(groupBy, "c.responsible_unit_id", "c.district_id",
                            "c.category_id", "to_char(cast(:edgeMonth as date), 'YYYY-MM')"))
                    .append("""
                             as k, i.passed_count - coalesce(previous.passed_count, 0),
                                   i.assessed_count - coalesce(previous.assessed_count, 0)
                              from inspections i
                              join checkpoints c on c.id = i.checkpoint_id
                              left join lateral (
                                  select j.passed_count, j.assessed_count
                                    from inspections j
                                   where j.checkpoint_id = i.checkpoint_id and j.finished_at is not null
                                     and (j.finished_at, j.id) < (i.finished_at, i.id)
                                   order by j.finished_at desc, j.id desc
                                   limit 1) previous on true
                             where i.finished_at >= :since and i.finished_at < :until and c.active
                               and not (select done from month_done)
                            """)
                    .append(filters(f, unitIds, params, "c.responsible_unit_id", "c.district_id", "c.category_id"));
        }
        sql.append(") x group by k");
        Map<String, ComplianceCounts> found = new HashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            found.put(rs.getString("k"), new ComplianceCounts(rs.getLong("passed"), rs.getLong("assessed")));
        });
        return groupBy == GroupBy.MONTH ? cumulative(found, f) : withoutEmpty(found);
    }

    /** Month rows hold the month's changes: each month of the period gets the sum up to and including it. */
    private static Map<String, ComplianceCounts> cumulative(Map<String, ComplianceCounts> changes, RateFilter f) {
        TreeMap<String, ComplianceCounts> ordered = new TreeMap<>(changes);
        Map<String, ComplianceCounts> result = new HashMap<>();
        long passed = 0;
        long assessed = 0;
        YearMonth first = YearMonth.from(f.from());
        YearMonth last = YearMonth.from(f.to());
        for (YearMonth m = ordered.isEmpty() ? first : min(YearMonth.parse(ordered.firstKey()), first);
                !m.isAfter(last); m = m.plusMonths(1)) {
            ComplianceCounts change = ordered.get(m.toString());
            if (change != null) {
                passed += change.passed();
                assessed += change.assessed();
            }
            if (!m.isBefore(first) && (passed != 0 || assessed != 0)) {
                result.put(m.toString(), new ComplianceCounts(passed, assessed));
            }
        }
        return result;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<String, ComplianceCounts> withoutEmpty(Map<String, ComplianceCounts> found) {
        Map<String, ComplianceCounts> result = new HashMap<>();
        found.forEach((k, c) -> {
            if (c.passed() != 0 || c.assessed() != 0) {
                result.put(k, c);
            }
        });
        return result;
    }

    /** The smallest grain holding the filter's and the grouping's dimensions (see the migration). */
    static String grain(RateFilter f, Collection<Long> unitIds, GroupBy groupBy) {
        boolean unit = f.unitId() != null || unitIds != null || groupBy == GroupBy.UNIT;
        boolean district = f.districtId() != null || groupBy == GroupBy.DISTRICT;
        boolean category = f.categoryId() != null || groupBy == GroupBy.CATEGORY;
        int dimensions = (unit ? 1 : 0) + (district ? 1 : 0) + (category ? 1 : 0);
        if (dimensions == 0) {
            return "T";
        }
        if (dimensions > 1) {
            return "F";
        }
        return unit ? "U" : district ? "D" : "C";
    }

    private static String key(GroupBy groupBy, String unit, String district, String category, String month) {
        if (groupBy == null) {
            return "'" + RateQueries.TOTAL + "'";
        }
        return switch (groupBy) {
            case UNIT -> "cast(" + unit + " as text)";
            case DISTRICT -> "cast(" + district + " as text)";
            case CATEGORY -> "cast(" + category + " as text)";
            case MONTH -> month;
            case STANDARD -> throw new IllegalArgumentException("by standard");
        };
    }

    private static String filters(RateFilter f, Collection<Long> unitIds, MapSqlParameterSource params, String unit,
            String district, String category) {
        StringBuilder where = new StringBuilder();
        if (f.districtId() != null) {
            where.append(" and ").append(district).append(" = :districtId");
            params.addValue("districtId", f.districtId());
        }
        if (f.unitId() != null) {
            where.append(" and ").append(unit).append(" = :unitId");
            params.addValue("unitId", f.unitId());
        }
        if (f.categoryId() != null) {
            where.append(" and ").append(category).append(" = :categoryId");
            params.addValue("categoryId", f.categoryId());
        }
        if (unitIds != null) {
            where.append(" and ").append(unit).append(" in (:unitIds)");
            params.addValue("unitIds", unitIds);
        }
        return where.append('\n').toString();
    }

    /** The latest finished inspection of each given checkpoint (checkpoints never inspected are left out). */
    List<LatestInspection> latest(List<Long> checkpointIds) {
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select c.id, li.finished_at, li.passed_count, li.assessed_count
                  from checkpoints c
                  cross join lateral (
                      select i.finished_at, i.passed_count, i.assessed_count
                        from inspections i
                       where i.checkpoint_id = c.id and i.finished_at is not null
                       order by i.finished_at desc, i.id desc
                       limit 1) li
                 where c.id in (:ids)
                """, new MapSqlParameterSource("ids", checkpointIds),
                (rs, i) -> new LatestInspection(rs.getLong("id"), rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getLong("passed_count"), rs.getLong("assessed_count")));
    }

    record LatestInspection(long checkpointId, OffsetDateTime finishedAt, long passed, long assessed) {
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}

package org.chuangcheng.problem.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The figures of DOMAIN.md "Formulas" straight from the raw rows, every problem and rectification of the period
 * read each time: the definition the maintained statistics must always equal (the property test's oracle) and
 * the baseline the benchmark measures them against. This is the SQL {@code rates.RateQueries} ran before the
 * statistics existed.
 */
public class RawProblemFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    public RawProblemFigures(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Same contract as {@link ProblemStatistics#counts}, with an explicit today. */
    public Map<String, Counts> counts(Query q, LocalDate today) {
        Map<String, long[]> problems = new HashMap<>();
        if (q.unitIds() != null && q.unitIds().isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", q.from()).addValue("to", q.to()).addValue("today", today)
                .addValue("since", startOf(q.from())).addValue("until", startOf(q.to().plusDays(1)))
                .addValue("zone", zone.getId());
        String filters = filters(q, params);
        jdbc.query("""
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
                """.formatted(key(q.groupBy(), "to_char(p.assigned_on, 'YYYY-MM')")) + filters + " group by 1",
                params, rs -> {
                    problems.put(rs.getString("k"), new long[] {rs.getLong("assigned"), rs.getLong("with_deadline"),
                        rs.getLong("closed"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("overdue"), 0, 0});
                });
        jdbc.query("""
                select %s as k,
                       count(*) as reviewed,
                       count(*) filter (where r.outcome = 'RETURNED') as returned
                  from rectifications r
                  join problems p on p.id = r.problem_id
                  join checkpoints c on c.id = p.checkpoint_id
                 where r.outcome in ('ACCEPTED', 'RETURNED')
                   and r.reviewed_at >= :since and r.reviewed_at < :until
                   and p.status <> 'CANCELLED'
                """.formatted(q.groupBy() == Dimension.WEEK
                        ? "to_char(date_trunc('week', r.reviewed_at at time zone :zone), 'YYYY-MM-DD')"
                        : key(q.groupBy(), "to_char(r.reviewed_at at time zone :zone, 'YYYY-MM')")) + filters
                + " group by 1", params, rs -> {
                    long[] counts = problems.computeIfAbsent(rs.getString("k"), k -> new long[8]);
                    counts[6] = rs.getLong("reviewed");
                    counts[7] = rs.getLong("returned");
                });
        Map<String, Counts> result = new HashMap<>();
        problems.forEach((k, c) -> result.put(k, new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return result;
    }

    private static String key(Dimension groupBy, String month) {
        if (groupBy == null) {
            return "'" + ProblemStatistics.TOTAL + "'";
        }
        return switch (groupBy) {
            case UNIT -> "cast(p.responsible_unit_id as text)";
            case DISTRICT -> "cast(c.district_id as text)";
            case CATEGORY -> "cast(c.category_id as text)";
            case STANDARD -> "cast(p.standard_id as text)";
            case MONTH -> month;
            case WEEK -> "to_char(p.assigned_on - (extract(isodow from p.assigned_on)::integer - 1), 'YYYY-MM-DD')";
        };
    }

    private static String filters(Query q, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (q.districtId() != null) {
            where.append(" and c.district_id = :districtId");
            params.addValue("districtId", q.districtId());
        }
        if (q.unitId() != null) {
            where.append(" and p.responsible_unit_id = :unitId");
            params.addValue("unitId", q.unitId());
        }
        if (q.categoryId() != null) {
            where.append(" and c.category_id = :categoryId");
            params.addValue("categoryId", q.categoryId());
        }
        if (q.standardId() != null) {
            where.append(" and p.standard_id = :standardId");
            params.addValue("standardId", q.standardId());
        }
        if (q.unitIds() != null) {
            where.append(" and p.responsible_unit_id in (:unitIds)");
            params.addValue("unitIds", q.unitIds());
        }
        return where.toString();
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}

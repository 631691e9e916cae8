package org.chuangcheng.rates;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL: the same counts as {@link RateQueries} (DOMAIN.md "Formulas"), split by the
 * dimensions a leader asks for (unit type, week…) and narrowed by the responsible unit's type, plus the lists
 * behind the dashboard (overdue problems, relapse hot spots, typical problems). Only fixed fragments are
 * concatenated; every value is a bind parameter.
 */
@Repository
@RequiredArgsConstructor
class DashboardQueries {

    /** The problem counts of DOMAIN.md "Formulas", as {@link RateQueries#problems} counts them. */
    static final String PROBLEM_COUNTS = """
            count(*) as assigned,
            count(*) filter (where p.deadline is not null) as with_deadline,
            count(*) filter (where p.deadline is not null and p.status = 'CLOSED') as closed,
            count(*) filter (where p.deadline is not null
                               and (p.status = 'CLOSED' or p.deadline < :today)) as due,
            count(*) filter (where p.deadline is not null and p.status = 'CLOSED'
                               and p.accepted_submitted_on <= p.deadline) as on_time,
            count(*) filter (where p.deadline is not null and p.status <> 'CLOSED'
                               and p.deadline < :today) as overdue
            """;

    private final NamedParameterJdbcTemplate jdbc;

    /** The problem figures of one dashboard group, as the raw rows give them. */
    record ProblemCounts(long assigned, long withDeadline, long closed, long due, long onTime, long overdue) {
    }

    Map<String, ProblemCounts> problems(RateFilter f, String unitType, Breakdown by, LocalDate today) {
        String key = by == null ? "'" + RateQueries.TOTAL + "'" : switch (by) {
            case DISTRICT -> "cast(c.district_id as text)";
            case UNIT_TYPE -> "u.type";
            case UNIT -> "cast(p.responsible_unit_id as text)";
            case CATEGORY -> "cast(c.category_id as text)";
            case STANDARD -> "cast(p.standard_id as text)";
            case WEEK -> "to_char(date_trunc('week', p.assigned_on), 'YYYY-MM-DD')";
            case MONTH -> "to_char(p.assigned_on, 'YYYY-MM')";
        };
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today);
        String sql = "select " + key + " as k, " + PROBLEM_COUNTS + """
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                  join units u on u.id = p.responsible_unit_id
                 where p.status <> 'CANCELLED'
                """ + problemWhere(f, unitType, params) + (by == null ? "" : " group by 1");
        Map<String, ProblemCounts> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getString("k"), new ProblemCounts(rs.getLong("assigned"), rs.getLong("with_deadline"),
                    rs.getLong("closed"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("overdue")));
        });
        return result;
    }

    /** Compliance over each active checkpoint's latest finished inspection up to the period's end. */
    Map<String, ComplianceCounts> compliance(RateFilter f, String unitType, Breakdown by, ZoneId zone) {
        String key = by == null ? "'" + RateQueries.TOTAL + "'" : switch (by) {
            case DISTRICT -> "cast(c.district_id as text)";
            case UNIT_TYPE -> "u.type";
            case UNIT -> "cast(c.responsible_unit_id as text)";
            case CATEGORY -> "cast(c.category_id as text)";
            default -> throw new IllegalArgumentException("no compliance by " + by);
        };
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("until", startOf(f.to().plusDays(1), zone));
        StringBuilder sql = new StringBuilder("select ").append(key).append(" as k, ").append("""
                coalesce(sum(li.passed_count), 0) as passed, coalesce(sum(li.assessed_count), 0) as assessed
                  from checkpoints c
                  join units u on u.id = c.responsible_unit_id
                  cross join lateral (
                      select i.passed_count, i.assessed_count
                        from inspections i
                       where i.checkpoint_id = c.id and i.finished_at is not null and i.finished_at < :until
                       order by i.finished_at desc, i.id desc
                       limit 1) li
                 where c.active
                """);
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
        if (unitType != null) {
            sql.append(" and u.type = :unitType");
            params.addValue("unitType", unitType);
        }
        if (by != null) {
            sql.append(" group by 1");
        }
        Map<String, ComplianceCounts> result = new HashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            result.put(rs.getString("k"), new ComplianceCounts(rs.getLong("passed"), rs.getLong("assessed")));
        });
        return result;
    }

    /** Open problems of the filter whose deadline day is before today, the oldest deadline first. */
    List<OverdueProblem> overdue(RateFilter f, String unitType, LocalDate today, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today).addValue("limit", limit);
        String sql = """
                select p.id, p.description, coalesce(u.short_name, u.name) as unit_name, c.name as checkpoint_name,
                       p.deadline
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                  join units u on u.id = p.responsible_unit_id
                 where p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')
                   and p.deadline < :today
                """ + problemWhere(f, unitType, params) + " order by p.deadline, p.id limit :limit";
        return jdbc.query(sql, params, (rs, i) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new OverdueProblem(rs.getLong("id"), rs.getString("description"), rs.getString("unit_name"),
                    rs.getString("checkpoint_name"), deadline, java.time.temporal.ChronoUnit.DAYS.between(deadline, today));
        });
    }

    /**
     * Checkpoints with the most relapses (易反弹): problems assigned in the period for a standard that had a
     * problem closed at the same checkpoint within {@code days} days before.
     */
    List<RelapseSpot> relapses(RateFilter f, String unitType, int days, ZoneId zone, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("days", days).addValue("zone", zone.getId())
                .addValue("limit", limit);
        String sql = """
                select c.id, c.name, coalesce(cu.short_name, cu.name) as unit_name, count(*) as relapses
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                  join units u on u.id = p.responsible_unit_id
                  join units cu on cu.id = c.responsible_unit_id
                 where p.status <> 'CANCELLED' and p.standard_id is not null
                """ + problemWhere(f, unitType, params) + """
                   and exists (select 1 from problems e
                                where e.checkpoint_id = p.checkpoint_id and e.standard_id = p.standard_id
                                  and e.id <> p.id and e.status = 'CLOSED'
                                  and cast(e.closed_at at time zone :zone as date) <= p.assigned_on
                                  and cast(e.closed_at at time zone :zone as date) >= p.assigned_on - :days)
                 group by c.id, c.name, cu.short_name, cu.name
                 order by relapses desc, c.name
                 limit :limit
                """;
        return jdbc.query(sql, params, (rs, i) -> new RelapseSpot(rs.getLong("id"), rs.getString("name"),
                rs.getString("unit_name"), rs.getLong("relapses")));
    }

    /**
     * Problems of the filter's units closed in the period, those with photos from before and after first,
     * then the more severe and the later closed.
     */
    List<TypicalProblem> typical(RateFilter f, ZoneId zone, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("since", startOf(f.from(), zone)).addValue("until", startOf(f.to().plusDays(1), zone))
                .addValue("limit", limit);
        String sql = """
                select p.id, p.description, coalesce(u.short_name, u.name) as unit_name, c.name as checkpoint_name,
                       p.assigned_on,
                       coalesce((select min(pea.attachment_id) from problem_events pe
                                   join problem_event_attachments pea on pea.event_id = pe.id
                                  where pe.problem_id = p.id and pe.type = 'ASSIGN'),
                                (select min(ia.attachment_id) from inspection_attachments ia
                                  where ia.inspection_id = p.inspection_id)) as before_id,
                       (select min(ra.attachment_id) from rectifications r
                          join rectification_attachments ra on ra.rectification_id = r.id
                         where r.problem_id = p.id and r.outcome = 'ACCEPTED') as after_id
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                  join units u on u.id = p.responsible_unit_id
                 where p.status = 'CLOSED' and p.closed_at >= :since and p.closed_at < :until
                """ + (f.districtId() == null ? "" : " and c.district_id = :districtId") + """

                 order by (case when p.severity = 'MAJOR' then 0 when p.severity = 'GENERAL' then 1 else 2 end),
                          p.closed_at desc
                 limit 200
                """;
        if (f.districtId() != null) {
            params.addValue("districtId", f.districtId());
        }
        List<TypicalProblem> found = jdbc.query(sql, params, (rs, i) -> new TypicalProblem(rs.getLong("id"),
                rs.getString("description"), rs.getString("unit_name"), rs.getString("checkpoint_name"),
                rs.getObject("assigned_on", LocalDate.class), (Long) rs.getObject("before_id"),
                (Long) rs.getObject("after_id")));
        return found.stream()
                .sorted(java.util.Comparator.comparingInt(t -> (t.beforeAttachmentId() == null ? 1 : 0)
                        + (t.afterAttachmentId() == null ? 1 : 0)))
                .limit(limit).toList();
    }

    /** The latest finished inspection and the open problems of each checkpoint. */
    List<CheckpointState> checkpointStates(List<Long> checkpointIds, LocalDate today) {
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                select c.id, li.finished_at, coalesce(li.passed_count, 0) as passed,
                       coalesce(li.assessed_count, 0) as assessed,
                       (select count(*) from problems p where p.checkpoint_id = c.id
                           and p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')) as open,
                       (select count(*) from problems p where p.checkpoint_id = c.id
                           and p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED') and p.deadline < :today) as overdue
                  from checkpoints c
                  left join lateral (
                      select i.finished_at, i.passed_count, i.assessed_count
                        from inspections i
                       where i.checkpoint_id = c.id and i.finished_at is not null
                       order by i.finished_at desc, i.id desc
                       limit 1) li on true
                 where c.id in (:ids)
                 order by c.id
                """;
        return jdbc.query(sql, new MapSqlParameterSource("ids", checkpointIds).addValue("today", today),
                (rs, i) -> new CheckpointState(rs.getLong("id"), rs.getObject("finished_at", OffsetDateTime.class),
                        new org.chuangcheng.shared.Ratio(rs.getLong("passed"), rs.getLong("assessed")),
                        rs.getLong("open"), rs.getLong("overdue")));
    }

    private static String problemWhere(RateFilter f, String unitType, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" and p.assigned_on between :from and :to");
        params.addValue("from", Date.valueOf(f.from())).addValue("to", Date.valueOf(f.to()));
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
        if (unitType != null) {
            where.append(" and u.type = :unitType");
            params.addValue("unitType", unitType);
        }
        return where.append('\n').toString();
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}

package org.chuangcheng.problem.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemStatistics.OpenProblems;
import org.chuangcheng.problem.ProblemStatistics.OverdueRow;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.chuangcheng.problem.ProblemStatistics.RelapseRow;
import org.chuangcheng.problem.ProblemStatistics.TypicalRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lists behind the figures: overdue problems (a live read of the open problems, ix_problems_open_deadline),
 * relapse hot spots (the maintained {@code problem_relapses}), typical closed problems and the open problems per
 * checkpoint. Only fixed SQL fragments are concatenated; every value is a bind parameter.
 */
@Repository
@RequiredArgsConstructor
public class ListQueries {

    private final NamedParameterJdbcTemplate jdbc;

    /** Open problems of the query whose deadline day is before today, the oldest deadline first. */
    public List<OverdueRow> overdue(Query q, LocalDate today, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today).addValue("limit", limit);
        String sql = """
                select p.id, p.description, coalesce(u.short_name, u.name) as unit_name, c.name as checkpoint_name,
                       p.deadline
                  from problems p
                  join checkpoints c on c.id = p.checkpoint_id
                  join units u on u.id = p.responsible_unit_id
                 where p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')
                   and p.deadline < :today
                """ + where(q, params) + " order by p.deadline, p.id limit :limit";
        return jdbc.query(sql, params, (rs, i) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new OverdueRow(rs.getLong("id"), rs.getString("description"), rs.getString("unit_name"),
                    rs.getString("checkpoint_name"), deadline, ChronoUnit.DAYS.between(deadline, today));
        });
    }

    /** Checkpoints with the most relapses among the problems of the query, most first. */
    public List<RelapseRow> relapses(Query q, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit);
        String sql = """
                select c.id, c.name, coalesce(cu.short_name, cu.name) as unit_name, count(*) as relapses
                  from problem_relapses r
                  join checkpoints c on c.id = r.checkpoint_id
                  join units cu on cu.id = c.responsible_unit_id
                 where true
                """ + where(q, params).replace("p.assigned_on", "r.assigned_on")
                        .replace("p.responsible_unit_id", "r.unit_id").replace("p.standard_id", "r.standard_id") + """
                 group by c.id, c.name, cu.short_name, cu.name
                 order by relapses desc, c.name
                 limit :limit
                """;
        return jdbc.query(sql, params, (rs, i) -> new RelapseRow(rs.getLong("id"), rs.getString("name"),
                rs.getString("unit_name"), rs.getLong("relapses")));
    }

    /**
     * Problems closed in the period (of a district's checkpoints), those with photos from before and after
     * first, then the more severe and the later closed.
     */
    public List<TypicalRow> typical(LocalDate from, LocalDate to, Long districtId, ZoneId zone, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("since", startOf(from, zone)).addValue("until", startOf(to.plusDays(1), zone))
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
                """ + (districtId == null ? "" : " and c.district_id = :districtId") + """

                 order by (case when p.severity = 'MAJOR' then 0 when p.severity = 'GENERAL' then 1 else 2 end),
                          p.closed_at desc
                 limit 200
                """;
        if (districtId != null) {
            params.addValue("districtId", districtId);
        }
        List<TypicalRow> found = jdbc.query(sql, params, (rs, i) -> new TypicalRow(rs.getLong("id"),
                rs.getString("description"), rs.getString("unit_name"), rs.getString("checkpoint_name"),
                rs.getObject("assigned_on", LocalDate.class), (Long) rs.getObject("before_id"),
                (Long) rs.getObject("after_id")));
        return found.stream()
                .sorted(Comparator.comparingInt(t -> (t.beforeAttachmentId() == null ? 1 : 0)
                        + (t.afterAttachmentId() == null ? 1 : 0)))
                .limit(limit).toList();
    }

    /** The open and overdue problems of each given checkpoint (checkpoints without any are left out). */
    public List<OpenProblems> open(List<Long> checkpointIds, LocalDate today) {
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.checkpoint_id, count(*) as open, count(*) filter (where p.deadline < :today) as overdue
                  from problems p
                 where p.checkpoint_id in (:ids) and p.status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')
                 group by p.checkpoint_id
                """, new MapSqlParameterSource("ids", checkpointIds).addValue("today", today),
                (rs, i) -> new OpenProblems(rs.getLong("checkpoint_id"), rs.getLong("open"), rs.getLong("overdue")));
    }

    private static String where(Query q, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" and p.assigned_on between :from and :to");
        params.addValue("from", Date.valueOf(q.from())).addValue("to", Date.valueOf(q.to()));
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
        return where.append('\n').toString();
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}

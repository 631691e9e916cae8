package org.chuangcheng.task;

import org.chuangcheng.shared.Ratio;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completion counted in the database (one aggregate per grouping), so the figures stay cheap for a
 * whole city. A task counts in a period when its deadline fell in it or it was closed in it; it counts as
 * closed when it was closed by the period's end, and on time when the request the office accepted was
 * made by the deadline.
 */
@Component
@RequiredArgsConstructor
class TaskFigures {

    private static final String COUNTS = """
            count(*) as total,
            count(*) filter (where t.status = 'CLOSED' and t.closed_on <= :to) as closed,
            count(*) filter (where t.status = 'CLOSED' and t.closed_on <= :to
                             and t.accepted_requested_on <= t.deadline) as on_time
            """;
    private static final String IN_PERIOD = """
            ((t.deadline between :from and :to) or (t.closed_on between :from and :to))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CompletionRow overall(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select " + COUNTS + " from tasks t where " + IN_PERIOD, params(from, to),
                (rs, i) -> row(null, null, rs.getLong("total"), rs.getLong("closed"), rs.getLong("on_time")));
    }

    List<CompletionRow> byLeadUnit(LocalDate from, LocalDate to) {
        return jdbc.query("select u.id, coalesce(u.short_name, u.name) as name, " + COUNTS
                + " from tasks t join units u on u.id = t.lead_unit_id where " + IN_PERIOD
                + " group by u.id, u.short_name, u.name order by name",
                params(from, to), (rs, i) -> row(rs.getLong("id"), rs.getString("name"), rs.getLong("total"),
                        rs.getLong("closed"), rs.getLong("on_time")));
    }

    List<CompletionRow> byWorkGroup(LocalDate from, LocalDate to) {
        return jdbc.query("select g.id, g.name, " + COUNTS
                + " from tasks t left join work_groups g on g.id = t.work_group_id where " + IN_PERIOD
                + " group by g.id, g.name order by g.name nulls last",
                params(from, to), (rs, i) -> row((Long) rs.getObject("id"), rs.getString("name"), rs.getLong("total"),
                        rs.getLong("closed"), rs.getLong("on_time")));
    }

    private static MapSqlParameterSource params(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", from).addValue("to", to);
    }

    private static CompletionRow row(Long id, String name, long total, long closed, long onTime) {
        return new CompletionRow(id, name, new Ratio(closed, total), new Ratio(onTime, total));
    }
}

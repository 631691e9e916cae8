package org.chuangcheng.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer figures (批次, 人次, service hours) by unit, district or month, in one grouped query; a liaison's
 * are her unit's only. The public query API for the dashboard and the ranking.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityFigures {

    /** The one filter of the totals and the groups: the list's ({@code VolunteerActivities.FILTER}) in SQL. */
    private static final String WHERE = " where a.held_on between :from and :to"
            + " and (cast(:unitId as bigint) is null or a.unit_id = :unitId)"
            + " and (cast(:districtId as bigint) is null or a.district_id = :districtId)"
            + " and (cast(:unitType as varchar) is null or u.type = :unitType)"
            + " and (cast(:kind as varchar) is null or a.kind = :kind)";

    private final NamedParameterJdbcTemplate jdbc;

    /** What the figures are grouped by. */
    public enum Dimension {
        UNIT("a.unit_id::text", "coalesce(u.short_name, u.name)"),
        DISTRICT("a.district_id::text", "coalesce(d.short_name, d.name)"),
        MONTH("to_char(a.held_on, 'YYYY-MM')", "to_char(a.held_on, 'YYYY-MM')");

        private final String key;
        private final String label;

        Dimension(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String messageKey() {
            return "activity.by." + name();
        }
    }

    /**
     * One group's figures.
     *
     * @param batches      activities (批次)
     * @param personTimes  participants summed (人次)
     * @param serviceHours participants × hours summed
     */
    public record Row(String key, String label, long batches, long personTimes, BigDecimal serviceHours) {

        /** The sum of rows, for a total line. */
        public static Row total(List<Row> rows) {
            return new Row(null, null, rows.stream().mapToLong(Row::batches).sum(),
                    rows.stream().mapToLong(Row::personTimes).sum(),
                    rows.stream().map(Row::serviceHours).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /**
     * The totals of the activities the filter picks (its unit, district, unit type, kind and days), for the
     * dashboard, whose links open the list with the same filter; not confined (the dashboard is not for
     * liaisons). One statement.
     */
    public Row total(ActivityFilter filter) {
        MapSqlParameterSource params = params(filter, filter.unitId());
        return jdbc.queryForObject("select count(*), coalesce(sum(a.participants), 0),"
                + " coalesce(sum(a.participants * a.hours), 0)"
                + " from volunteer_activities a join units u on u.id = a.unit_id" + WHERE, params,
                (rs, i) -> new Row(null, null, rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3).setScale(1)));
    }

    public List<Row> by(Actor actor, Dimension dimension, ActivityFilter filter) {
        Long unitId = actor.isConfinedToUnit() ? actor.confinedUnitId() : filter.unitId();
        // the grouping expressions come from the enum, never from the request; values are bind parameters
        String sql = "select " + dimension.key + " as k, " + dimension.label + " as l, count(*) as batches,"
                + " sum(a.participants) as person_times, sum(a.participants * a.hours) as service_hours"
                + " from volunteer_activities a join units u on u.id = a.unit_id join units d on d.id = a.district_id"
                + WHERE + " group by 1, 2 order by " + (dimension == Dimension.MONTH ? "1" : "2");
        return jdbc.query(sql, params(filter, unitId), (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5).setScale(1)));
    }

    /** The filter as {@link #WHERE}'s parameters, with the unit the reader may see. */
    private static MapSqlParameterSource params(ActivityFilter filter, Long unitId) {
        return new MapSqlParameterSource("from", filter.firstDay())
                .addValue("to", filter.lastDay()).addValue("unitId", unitId)
                .addValue("districtId", filter.districtId())
                .addValue("unitType", filter.unitType() == null ? null : filter.unitType().name())
                .addValue("kind", filter.kind() == null ? null : filter.kind().name());
    }
}

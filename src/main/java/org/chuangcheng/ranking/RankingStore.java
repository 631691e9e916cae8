package org.chuangcheng.ranking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Ratio;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ranking's tables: settings, editions (closings) and their frozen entries. */
@Repository
@RequiredArgsConstructor
class RankingStore {

    private final JdbcTemplate jdbc;

    RankingSettings settings() {
        return jdbc.queryForObject("""
                select version, min_sample, weight_rectification, weight_on_time, weight_compliance, weight_tasks,
                       weight_visits, weight_reports
                  from ranking_settings where id = 1""", (rs, i) -> settings(rs, rs.getLong("version")));
    }

    /** Saves new settings if nobody saved others since {@code expectedVersion}; false when somebody did. */
    boolean updateSettings(long expectedVersion, int minSample, Map<RankingComponent, BigDecimal> weights, Actor actor,
            Instant now) {
        return jdbc.update("""
                update ranking_settings
                   set version = version + 1, min_sample = ?, weight_rectification = ?, weight_on_time = ?,
                       weight_compliance = ?, weight_tasks = ?, weight_visits = ?, weight_reports = ?, updated_at = ?,
                       updated_by = ?
                 where id = 1 and version = ?""", minSample, weights.get(RankingComponent.RECTIFICATION),
                weights.get(RankingComponent.ON_TIME), weights.get(RankingComponent.COMPLIANCE),
                weights.get(RankingComponent.TASKS), weights.get(RankingComponent.VISITS),
                weights.get(RankingComponent.REPORTS), Timestamp.from(now), actor.accountId(), expectedVersion) == 1;
    }

    List<RankingEdition> editions(YearMonth month) {
        return jdbc.query("select * from ranking_editions where month = ? order by edition", this::mapEdition,
                month.toString());
    }

    List<RankingEdition> editionsInForce() {
        return jdbc.query("select * from ranking_editions where reopened_at is null order by month desc", this::mapEdition);
    }

    RankingEdition edition(long id) {
        return jdbc.queryForObject("select * from ranking_editions where id = ?", this::mapEdition, id);
    }

    long insertEdition(YearMonth month, int edition, Actor actor, Instant now, String reason, RankingSettings s,
            String definitions) {
        return jdbc.queryForObject("""
                insert into ranking_editions (month, edition, closed_at, closed_by, closed_by_name, reason, min_sample,
                       weight_rectification, weight_on_time, weight_compliance, weight_tasks, weight_visits,
                       weight_reports, definitions)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, month.toString(),
                edition, Timestamp.from(now), actor.accountId(), actor.displayName(), reason, s.minSample(),
                s.weight(RankingComponent.RECTIFICATION), s.weight(RankingComponent.ON_TIME),
                s.weight(RankingComponent.COMPLIANCE), s.weight(RankingComponent.TASKS),
                s.weight(RankingComponent.VISITS), s.weight(RankingComponent.REPORTS), definitions);
    }

    void insertEntries(long editionId, List<RankingEntry> entries) {
        jdbc.batchUpdate("""
                insert into ranking_entries (edition_id, unit_id, unit_name, unit_type, rect_closed, rect_total, on_time,
                       on_time_due, passed, assessed, tasks_on_time, tasks_total, visits_visited, visits_total,
                       reports_resolved, reports_dispatched, score, rank)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 200, (ps, e) -> {
            ps.setLong(1, editionId);
            ps.setLong(2, e.unitId());
            ps.setString(3, e.unitName());
            ps.setString(4, e.unitType());
            int i = 5;
            for (RankingComponent c : RankingComponent.values()) {
                ps.setLong(i++, e.figure(c).numerator());
                ps.setLong(i++, e.figure(c).denominator());
            }
            ps.setBigDecimal(i++, e.score());
            ps.setObject(i, e.rank());
        });
    }

    /** Marks the month's edition in force as reopened; false when none is (somebody reopened it first). */
    boolean reopen(YearMonth month, int edition, Actor actor, Instant now, String reason) {
        return jdbc.update("""
                update ranking_editions set reopened_at = ?, reopened_by = ?, reopened_by_name = ?, reopen_reason = ?
                 where month = ? and edition = ? and reopened_at is null""", Timestamp.from(now), actor.accountId(),
                actor.displayName(), reason, month.toString(), edition) == 1;
    }

    /**
     * The frozen entries of an edition; scores are read back, never recomputed. A component the edition did not
     * count is neither a figure nor 样本不足.
     */
    List<RankingEntry> entries(RankingEdition edition) {
        long editionId = edition.id();
        int minSample = edition.settings().minSample();
        Set<RankingComponent> uncounted = edition.uncounted();
        return jdbc.query("select * from ranking_entries where edition_id = ? order by unit_type, rank nulls last, unit_name",
                (rs, i) -> {
                    Map<RankingComponent, Ratio> figures = new EnumMap<>(RankingComponent.class);
                    figures.put(RankingComponent.RECTIFICATION, new Ratio(rs.getLong("rect_closed"), rs.getLong("rect_total")));
                    figures.put(RankingComponent.ON_TIME, new Ratio(rs.getLong("on_time"), rs.getLong("on_time_due")));
                    figures.put(RankingComponent.COMPLIANCE, new Ratio(rs.getLong("passed"), rs.getLong("assessed")));
                    figures.put(RankingComponent.TASKS, new Ratio(rs.getLong("tasks_on_time"), rs.getLong("tasks_total")));
                    figures.put(RankingComponent.VISITS, new Ratio(rs.getLong("visits_visited"), rs.getLong("visits_total")));
                    figures.put(RankingComponent.REPORTS,
                            new Ratio(rs.getLong("reports_resolved"), rs.getLong("reports_dispatched")));
                    Set<RankingComponent> insufficient = EnumSet.noneOf(RankingComponent.class);
                    figures.forEach((c, r) -> {
                        if (r.denominator() < minSample && !uncounted.contains(c)) {
                            insufficient.add(c);
                        }
                    });
                    return new RankingEntry(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("unit_type"),
                            Map.copyOf(figures), Set.copyOf(insufficient), rs.getBigDecimal("score"),
                            (Integer) rs.getObject("rank"), null, uncounted);
                }, editionId);
    }

    private RankingEdition mapEdition(ResultSet rs, int row) throws SQLException {
        Timestamp reopened = rs.getTimestamp("reopened_at");
        return new RankingEdition(rs.getLong("id"), YearMonth.parse(rs.getString("month")), rs.getInt("edition"),
                rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by_name"), rs.getString("reason"),
                reopened == null ? null : reopened.toInstant(), rs.getString("reopened_by_name"),
                rs.getString("reopen_reason"), settings(rs, 0), rs.getString("definitions"),
                uncounted(rs.getString("uncounted")));
    }

    private static Set<RankingComponent> uncounted(String names) {
        Set<RankingComponent> components = EnumSet.noneOf(RankingComponent.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                components.add(RankingComponent.valueOf(name.trim()));
            }
        }
        return Set.copyOf(components);
    }

    private static RankingSettings settings(ResultSet rs, long version) throws SQLException {
        Map<RankingComponent, BigDecimal> weights = new EnumMap<>(RankingComponent.class);
        weights.put(RankingComponent.RECTIFICATION, rs.getBigDecimal("weight_rectification"));
        weights.put(RankingComponent.ON_TIME, rs.getBigDecimal("weight_on_time"));
        weights.put(RankingComponent.COMPLIANCE, rs.getBigDecimal("weight_compliance"));
        weights.put(RankingComponent.TASKS, rs.getBigDecimal("weight_tasks"));
        weights.put(RankingComponent.VISITS, rs.getBigDecimal("weight_visits"));
        weights.put(RankingComponent.REPORTS, rs.getBigDecimal("weight_reports"));
        return new RankingSettings(version, rs.getInt("min_sample"), weights);
    }
}

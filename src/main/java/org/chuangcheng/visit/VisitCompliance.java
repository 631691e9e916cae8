package org.chuangcheng.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Ratio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit compliance (走访率, DOMAIN.md "Formulas"): pairings (paired leader × checkpoint) with at least one visit
 * by that leader in the month / pairings. The public query API of the visit feature for the dashboard and the
 * ranking: {@link #city}, {@link #byLeader}, {@link #byUnit} (the paired unit is the checkpoint's responsible
 * unit) and {@link #pairings}. Everything is computed by {@link #rate} from the rows of {@link #pairings}, so
 * every figure agrees with the list of pairings behind it.
 * <p>
 * The pairings of a month are those that held in it, from the checkpoints' pairing history (a change of leader
 * mid-month gives both leaders a pairing that month, each counting its own visits while it held). Figures are not
 * confined: callers decide who may see them.
 */
@Service
@Transactional(readOnly = true)
public class VisitCompliance {

    /** How many days back a visit may still be logged: last month's visits can be entered early this month. */
    static final int LATEST_ENTRY_DAYS = 62;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int reminderDay;

    VisitCompliance(NamedParameterJdbcTemplate jdbc, Clock clock,
            @Value("${app.visits.reminder-day:20}") int reminderDay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reminderDay = reminderDay;
    }

    /**
     * One pairing in a month: the checkpoint, its paired leader and unit, and how often that leader visited it.
     *
     * @param lastVisit the leader's latest visit to the checkpoint in the month, or null
     * @param endedOn   the day the pairing stopped holding (exclusive), or null while it holds
     * @param month     the month it held in
     */
    public record Pairing(Long checkpointId, String checkpointName, Long leaderId, String leaderName, Long unitId,
            String unitName, Long districtId, long visits, LocalDate lastVisit, LocalDate endedOn, YearMonth month) {

        /** A pairing that still holds. */
        public Pairing(Long checkpointId, String checkpointName, Long leaderId, String leaderName, Long unitId,
                String unitName, Long districtId, long visits, LocalDate lastVisit) {
            this(checkpointId, checkpointName, leaderId, leaderName, unitId, unitName, districtId, visits, lastVisit,
                    null, null);
        }

        /** Whether the pairing has ended (the leader or unit changed, or the checkpoint was deactivated). */
        public boolean ended() {
            return endedOn != null;
        }

        public boolean visited() {
            return visits > 0;
        }
    }

    /** A leader's (or a unit's) compliance in a month. */
    public record Row(Long id, String name, long pairings, long visited, Ratio rate) {
    }

    /** 走访率 = pairings visited / pairings: the one implementation of the formula. */
    public static Ratio rate(Collection<Pairing> pairings) {
        return Ratio.of(pairings.stream().filter(Pairing::visited).count(), pairings.size());
    }

    /**
     * Every pairing that held in the month (for part of it or all of it), with the visits its leader paid the
     * checkpoint while it held, by checkpoint name. A leader paired with a checkpoint twice in a month (her unit
     * changed) is one pairing, with the unit she had last.
     */
    public List<Pairing> pairings(YearMonth month) {
        return pairings(month.atDay(1), month.atEndOfMonth(), null, null);
    }

    /**
     * The pairings of {@link #pairings(YearMonth)} for each month the period touches, each with the visits on the
     * days of that month inside the period, of the checkpoints of a district and of the paired (responsible)
     * units of a type ({@code null}: any), by month and checkpoint name: the rows behind {@link #rate(LocalDate,
     * LocalDate, Long, UnitType)}.
     */
    public List<Pairing> pairings(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return jdbc.query(HELD_IN_PERIOD + """
                select c.id, c.name, h.leader_id, a.display_name, h.unit_id, coalesce(u.short_name, u.name),
                       c.district_id, h.visits, h.last_visit, h.ended_on, h.first_day
                from held h
                join checkpoints c on c.id = h.checkpoint_id
                join accounts a on a.id = h.leader_id
                join units u on u.id = h.unit_id
                order by h.first_day, c.name, c.id, h.leader_id
                """, params(from, to, districtId, unitType),
                (rs, i) -> new Pairing(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), YearMonth.from(rs.getObject(11, LocalDate.class))));
    }

    /**
     * 走访率 over a period of days, for the dashboard: the formula of {@link #rate} pooled over the months the
     * period touches (each pairing counts once per month; visited when its leader visited it on a day of that
     * month inside the period), so a month-long period gives the month's figure and a month so far the visits
     * so far. Narrowed to the checkpoints of a district and to the paired units of a type ({@code null}: all).
     * Past months count the pairings that held then. The count of {@link #pairings(LocalDate, LocalDate, Long,
     * UnitType)}'s rows, in one statement.
     */
    public Ratio rate(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return jdbc.queryForObject(HELD_IN_PERIOD + """
                select count(*) as pairings, count(*) filter (where h.visits > 0) as visited from held h
                """, params(from, to, districtId, unitType),
                (rs, i) -> Ratio.of(rs.getLong("visited"), rs.getLong("pairings")));
    }

    /**
     * The one definition of the pairings that held in a month: {@code held} has a row per month the period
     * touches, checkpoint and leader paired with it then (with the unit she had last, and when the pairing
     * ended), narrowed to a district and a unit type, and the visits the leader paid the checkpoint on the days of
     * that month inside the period while the pairing held.
     */
    private static final String HELD_IN_PERIOD = """
            with months as (
                select cast(d as date) as first_day,
                       cast(d + interval '1 month' - interval '1 day' as date) as last_day
                from generate_series(date_trunc('month', cast(:from as date)), cast(:to as date),
                                     interval '1 month') d),
            spans as (
                select m.first_day, m.last_day, p.checkpoint_id, p.leader_id,
                       (array_agg(p.unit_id order by p.effective_from desc))[1] as unit_id,
                       case when bool_or(p.effective_to is null) then null else max(p.effective_to) end as ended_on
                from months m
                join checkpoint_pairings p on p.leader_id is not null and p.effective_from <= m.last_day
                                          and (p.effective_to is null or p.effective_to > m.first_day)
                group by m.first_day, m.last_day, p.checkpoint_id, p.leader_id),
            held as (
                select s.*, v.visits, v.last_visit
                from spans s
                join checkpoints c on c.id = s.checkpoint_id
                join units u on u.id = s.unit_id
                cross join lateral (
                    select count(*) as visits, max(v.visited_on) as last_visit
                    from visits v
                    where v.checkpoint_id = s.checkpoint_id and v.leader_id = s.leader_id
                      and v.visited_on between greatest(s.first_day, cast(:from as date))
                                           and least(s.last_day, cast(:to as date))
                      and exists (select 1 from checkpoint_pairings q
                                  where q.checkpoint_id = v.checkpoint_id and q.leader_id = v.leader_id
                                    and q.effective_from <= v.visited_on
                                    and (q.effective_to is null or q.effective_to > v.visited_on))) v
                where (cast(:districtId as bigint) is null or c.district_id = :districtId)
                  and (cast(:unitType as varchar) is null or u.type = :unitType))
            """;

    private static MapSqlParameterSource params(LocalDate from, LocalDate to, Long districtId, UnitType unitType) {
        return new MapSqlParameterSource("from", from).addValue("to", to).addValue("districtId", districtId)
                .addValue("unitType", unitType == null ? null : unitType.name());
    }

    /** The city's 走访率 in the month. */
    public Ratio city(YearMonth month) {
        return rate(pairings(month));
    }

    /** Each paired leader's 走访率 in the month, lowest first (ties by name). */
    public List<Row> byLeader(YearMonth month) {
        return byLeader(pairings(month));
    }

    /** Each paired leader's 走访率 over the given pairings, lowest first (ties by name). */
    public static List<Row> byLeader(List<Pairing> pairings) {
        return rows(pairings, Pairing::leaderId, Pairing::leaderName);
    }

    /** Each paired unit's 走访率 in the month (the ranking's component), lowest first. */
    public List<Row> byUnit(YearMonth month) {
        return rows(pairings(month), Pairing::unitId, Pairing::unitName);
    }

    /**
     * The pairings that still hold and are not yet visited in the month: all of them, or one leader's when
     * {@code leaderId} is set (a pairing that ended is past reminding; it still counts in the month's rate).
     */
    public List<Pairing> notYetVisited(YearMonth month, Long leaderId) {
        return pairings(month).stream()
                .filter(p -> !p.visited() && !p.ended() && (leaderId == null || leaderId.equals(p.leaderId())))
                .toList();
    }

    /** Whether today is late enough in the month to point out who has not visited yet (from the 20th). */
    public boolean remindersDue() {
        return LocalDate.now(clock).getDayOfMonth() >= reminderDay;
    }

    /** The month it is today in the campaign's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    private static List<Row> rows(List<Pairing> pairings, Function<Pairing, Long> id, Function<Pairing, String> name) {
        Map<Long, List<Pairing>> groups = pairings.stream()
                .collect(Collectors.groupingBy(id, LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream()
                .map(g -> {
                    Ratio rate = rate(g);
                    return new Row(id.apply(g.get(0)), name.apply(g.get(0)), rate.denominator(), rate.numerator(), rate);
                })
                .sorted((a, b) -> {
                    int byRate = Long.compare(a.visited() * b.pairings(), b.visited() * a.pairings());
                    return byRate != 0 ? byRate : a.name().compareTo(b.name());
                })
                .toList();
    }
}

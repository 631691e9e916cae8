package org.chuangcheng.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.activity.ActivityFigures;
import org.chuangcheng.activity.ActivityFilter;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.Breakdown;
import org.chuangcheng.rates.DashboardFigures;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.rates.UnitTypes;
import org.chuangcheng.report.ReportStatistics;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Ratio;
import org.chuangcheng.task.CompletionRow;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.visit.VisitCompliance;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the dashboard from the rates feature (problems, compliance), the task feature (task completion,
 * 未报送), the visit feature (走访率), citizen reports (handling) and volunteer activities, each figure with the
 * records behind it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

    static final int TOP = 10;

    private final DashboardFigures figures;
    private final TaskManagement tasks;
    private final UnitManagement units;
    private final HeadlineCache headlines;
    private final VisitCompliance visits;
    private final ReportStatistics reports;
    private final ActivityFigures activities;

    /**
     * The dashboard for a period, optionally narrowed to a district and a unit type. The units' types are read
     * once for the whole view (the breakdown by unit type needs them anyway) and handed to every figure.
     */
    public Dashboard dashboard(Actor actor, DashboardPeriod period, Long districtId, UnitType unitType) {
        RateFilter filter = new RateFilter(period.from(), period.to(), districtId, null, null, null);
        DashboardPeriod previous = period.previous();
        RateFilter before = filter.withPeriod(previous.from(), previous.to());
        UnitTypes types = figures.unitTypes();
        Figures now = figures.totals(actor, filter, unitType, types);
        Figures then = figures.totals(actor, before, unitType, types);
        List<RateRow> byUnit = figures.breakdown(actor, filter, unitType, Breakdown.UNIT, types);
        List<RateRow> worst = byUnit.stream().filter(r -> r.figures().rectificationRate().isDefined())
                .sorted(Comparator.comparing((RateRow r) -> r.figures().rectificationRate().percentOrNull())
                        .thenComparing(RateRow::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(TOP).toList();
        List<RateRow> standards = figures.breakdown(actor, filter, unitType, Breakdown.STANDARD, types).stream()
                .filter(r -> r.key() != null && r.figures().assigned() > 0)
                .sorted(Comparator.comparingLong((RateRow r) -> r.figures().assigned()).reversed()
                        .thenComparing(RateRow::label))
                .limit(TOP).toList();
        List<Tile> tiles = tiles(actor, filter, previous, districtId, unitType, types.setOf(unitType), now, then);
        return new Dashboard(period, previous, districtId, unitType, tiles,
                figures.breakdown(actor, filter, unitType, Breakdown.WEEK, types),
                figures.breakdown(actor, filter, unitType, Breakdown.MONTH, types),
                figures.breakdown(actor, filter, unitType, Breakdown.DISTRICT, types),
                figures.breakdown(actor, filter, unitType, Breakdown.UNIT_TYPE, types),
                byUnit, worst,
                figures.breakdown(actor, filter, unitType, Breakdown.CATEGORY, types),
                standards,
                figures.relapses(actor, filter, unitType, TOP, types),
                figures.overdue(actor, filter, unitType, 20, types),
                now.overdue());
    }

    /**
     * The headline tiles alone, over the whole city (home pages); the same for every actor of a role, so kept
     * for a short while and dropped when a problem, task, inspection, visit, citizen report or activity changes
     * ({@link HeadlineCache}).
     */
    public List<Tile> headline(Actor actor, DashboardPeriod period) {
        return headlines.get(List.of(actor.role(), period), () -> computeHeadline(actor, period));
    }

    private List<Tile> computeHeadline(Actor actor, DashboardPeriod period) {
        RateFilter filter = RateFilter.period(period.from(), period.to());
        DashboardPeriod previous = period.previous();
        return tiles(actor, filter, previous, null, null, null, figures.totals(actor, filter, null),
                figures.totals(actor, filter.withPeriod(previous.from(), previous.to()), null));
    }

    /** The tiles; {@code ofType} is the units of {@code unitType}, {@code null} for all. */
    private List<Tile> tiles(Actor actor, RateFilter filter, DashboardPeriod previous, Long districtId,
            UnitType unitType, Set<Long> ofType, Figures now, Figures then) {
        DashboardPeriod period = new DashboardPeriod(filter.from(), filter.to());
        Set<Long> leadUnits = districtId == null ? ofType : unitsIn(districtId, ofType);
        List<Tile> tiles = new ArrayList<>(List.of(
                rateTile("rectificationRate", "dashboard.tile.rectificationRate", Figures::rectificationRate, now, then,
                        Links.problems(filter, "withDeadline", unitType)),
                rateTile("onTimeRate", "dashboard.tile.onTimeRate", Figures::onTimeRate, now, then,
                        Links.problems(filter, "due", unitType)),
                countTile("overdue", "dashboard.tile.overdue", now.overdue(), then.overdue(), false,
                        Links.problems(filter, "overdue", unitType)),
                rateTile("compliance", "dashboard.tile.compliance", Figures::compliance, now, then,
                        Links.checkpoints(districtId, null, null)),
                taskTile(period, previous, districtId, leadUnits),
                staleTile(actor, districtId, ofType),
                visitTile(period, previous, districtId, unitType),
                reportTile(period, previous, districtId, unitType)));
        tiles.addAll(activityTiles(period, previous, districtId, unitType));
        return List.copyOf(tiles);
    }

    /** 走访率 of the pairings of the filter's checkpoints: the district's, those whose unit is of the type. */
    private Tile visitTile(DashboardPeriod period, DashboardPeriod previous, Long districtId, UnitType unitType) {
        return ratioTile("visits", "dashboard.tile.visits",
                visits.rate(period.from(), period.to(), districtId, unitType),
                visits.rate(previous.from(), previous.to(), districtId, unitType),
                Links.visits(period.from(), period.to(), districtId, unitType));
    }

    /**
     * Citizen-report handling (resolved / dispatched) of the reports submitted in the period, narrowed to the
     * problems of the district and of the units of the type: the figures page's, which the tile opens.
     */
    private Tile reportTile(DashboardPeriod period, DashboardPeriod previous, Long districtId, UnitType unitType) {
        return ratioTile("reportHandling", "dashboard.tile.reportHandling",
                reports.figures(period.from(), period.to(), districtId, unitType).handlingRate(),
                reports.figures(previous.from(), previous.to(), districtId, unitType).handlingRate(),
                Links.reportFigures(period.from(), period.to(), districtId, unitType));
    }

    /**
     * Volunteer activities held in the period (批次) and their participants (人次), the district's, by the units of
     * the type: two tiles from one count per period, the list's total that they open.
     */
    private List<Tile> activityTiles(DashboardPeriod period, DashboardPeriod previous, Long districtId,
            UnitType unitType) {
        ActivityFigures.Row now = activities.total(
                new ActivityFilter(null, districtId, unitType, null, period.from(), period.to()));
        ActivityFigures.Row then = activities.total(
                new ActivityFilter(null, districtId, unitType, null, previous.from(), previous.to()));
        String link = Links.activities(period.from(), period.to(), districtId, unitType);
        return List.of(
                countTile("activities", "dashboard.tile.activities", now.batches(), then.batches(), true, link),
                countTile("personTimes", "dashboard.tile.personTimes", now.personTimes(), then.personTimes(), true,
                        link));
    }

    private Tile taskTile(DashboardPeriod period, DashboardPeriod previous, Long districtId, Set<Long> leadUnits) {
        Ratio now = taskCompletion(period, leadUnits);
        Ratio then = taskCompletion(previous, leadUnits);
        return new Tile("taskCompletion", "dashboard.tile.taskCompletion", now.format(), fraction(now),
                change(now, then), better(now, then, true),
                Links.tasks(districtId, null, period.from(), period.to(), null));
    }

    /**
     * 任务完成率 as the task feature counts it (closed by the period's end / tasks due or closed in it):
     * overall ({@code leadUnits} null), or summed over the given lead units (a district's, a unit type's).
     */
    Ratio taskCompletion(DashboardPeriod period, Set<Long> leadUnits) {
        if (leadUnits == null) {
            return tasks.completion(period.from(), period.to()).completion();
        }
        long closed = 0;
        long total = 0;
        for (CompletionRow row : tasks.completionByUnit(period.from(), period.to())) {
            if (leadUnits.contains(row.id())) {
                closed += row.completion().numerator();
                total += row.completion().denominator();
            }
        }
        return new Ratio(closed, total);
    }

    /** 未报送: open tasks without a progress report for too long, now (not a figure of the period). */
    private Tile staleTile(Actor actor, Long districtId, Set<Long> ofType) {
        TaskFilter stale = new TaskFilter(null, null, null, null, districtId, null, false, true, null, null, false, null);
        long count;
        if (ofType == null) {
            count = tasks.search(actor, stale, PageRequest.of(0, 1)).getTotalElements();
        } else {
            count = tasks.searchAll(actor, stale).stream().filter(t -> ofType.contains(t.getLeadUnit().getId())).count();
        }
        return new Tile("stale", "dashboard.tile.stale", String.valueOf(count), null, null, 0,
                Links.tasks(districtId, null, null, null, "stale"));
    }

    /** Active units under a district (the district itself included), of the given ones ({@code null}: any). */
    Set<Long> unitsIn(Long districtId, Set<Long> among) {
        List<Unit> all = units.active();
        Map<Long, Long> parents = new HashMap<>();
        for (Unit u : all) {
            parents.put(u.getId(), u.getParent() == null ? null : u.getParent().getId());
        }
        Set<Long> result = new HashSet<>();
        for (Unit u : all) {
            if (among != null && !among.contains(u.getId())) {
                continue;
            }
            if (districtId != null && !isUnder(u.getId(), districtId, parents)) {
                continue;
            }
            result.add(u.getId());
        }
        return result;
    }

    private static boolean isUnder(Long unitId, Long ancestorId, Map<Long, Long> parents) {
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); id = parents.get(id)) {
            if (id.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    static Tile rateTile(String id, String key, Function<Figures, Ratio> rate, Figures now, Figures then, String link) {
        return ratioTile(id, key, rate.apply(now), rate.apply(then), link);
    }

    static Tile ratioTile(String id, String key, Ratio now, Ratio then, String link) {
        return new Tile(id, key, now.format(), fraction(now), change(now, then), better(now, then, true), link);
    }

    static Tile countTile(String id, String key, long now, long then, boolean moreIsBetter, String link) {
        long diff = now - then;
        int better = diff == 0 ? 0 : (diff > 0) == moreIsBetter ? 1 : -1;
        return new Tile(id, key, String.valueOf(now), null, (diff > 0 ? "+" : "") + diff, better, link);
    }

    private static String fraction(Ratio r) {
        return r.numerator() + "/" + r.denominator();
    }

    /** Percentage points between two rates, or null when either is "—". */
    static String change(Ratio now, Ratio then) {
        if (!now.isDefined() || !then.isDefined()) {
            return null;
        }
        BigDecimal diff = now.percentOrNull().subtract(then.percentOrNull());
        return (diff.signum() > 0 ? "+" : "") + diff.toPlainString();
    }

    private static int better(Ratio now, Ratio then, boolean higherIsBetter) {
        if (!now.isDefined() || !then.isDefined()) {
            return 0;
        }
        int cmp = now.percentOrNull().compareTo(then.percentOrNull());
        return cmp == 0 ? 0 : (cmp > 0) == higherIsBetter ? 1 : -1;
    }
}

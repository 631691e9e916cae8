package org.chuangcheng.rates;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import java.util.HashMap;
import java.util.function.BinaryOperator;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Ratio;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a dashboard and a monthly ranking read: the rates of DOMAIN.md "Formulas" (problem counts and
 * checkpoint compliance, the same definitions as {@link RateFigures}) narrowed by the responsible unit's
 * type as well, broken down by district, unit type, unit, category, standard, week or month, and the lists
 * behind them. A liaison's filter is confined to her unit, as everywhere in this feature.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardFigures {

    /**
     * Days after a close within which the same standard failing again counts as a relapse (易反弹); the database
     * keeps the set of relapses with this window ({@code V80}).
     */
    public static final int RELAPSE_DAYS = 30;

    private final ProblemStatistics statistics;
    private final ComplianceQueries compliance;
    private final RateQueries rateQueries;
    private final RateFigures rates;
    private final UnitManagement units;
    private final Clock clock;

    /** Every unit's type, to hand to the figures of one view (read here once rather than by each figure). */
    public UnitTypes unitTypes() {
        return new UnitTypes(units.typesById());
    }

    /** Problem figures, reviews and compliance over everything the filter selects. */
    public Figures totals(Actor actor, RateFilter filter, UnitType unitType) {
        return totals(actor, filter, unitType, null);
    }

    /** As {@link #totals(Actor, RateFilter, UnitType)}, with the units' types read before ({@code null}: read them). */
    public Figures totals(Actor actor, RateFilter filter, UnitType unitType, UnitTypes types) {
        RateFilter f = checked(actor, filter);
        return figures(f, unitType, null, types).getOrDefault(RateQueries.TOTAL, Figures.NONE);
    }

    /**
     * Figures broken down by a dimension. Rows of a time axis come in calendar order with every week or month
     * of the period present; other rows in label order. A row's filter is the problems behind it, or
     * {@code null} where the problem list cannot express the group (a unit type, problems without a standard).
     * Unit-type rows carry the type's name as key and no label: the caller translates it.
     */
    public List<RateRow> breakdown(Actor actor, RateFilter filter, UnitType unitType, Breakdown by) {
        return breakdown(actor, filter, unitType, by, null);
    }

    /** As {@link #breakdown(Actor, RateFilter, UnitType, Breakdown)}, with the units' types read before. */
    public List<RateRow> breakdown(Actor actor, RateFilter filter, UnitType unitType, Breakdown by, UnitTypes types) {
        RateFilter f = checked(actor, filter);
        Map<String, Figures> byKey = figures(f, unitType, by, types);
        Set<String> keys = new LinkedHashSet<>(byKey.keySet());
        if (by == Breakdown.MONTH) {
            for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
                keys.add(m.toString());
            }
        } else if (by == Breakdown.WEEK) {
            for (LocalDate w = f.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !w.isAfter(f.to());
                    w = w.plusWeeks(1)) {
                keys.add(w.toString());
            }
        }
        Map<String, String> labels = labels(by, keys);
        List<RateRow> rows = new ArrayList<>();
        for (String key : keys) {
            String label = key == null || by.isTime() || by == Breakdown.UNIT_TYPE ? key : labels.getOrDefault(key, key);
            rows.add(new RateRow(key, label, narrow(f, by, key), byKey.getOrDefault(key, Figures.NONE)));
        }
        Comparator<RateRow> order = by.isTime() || by == Breakdown.UNIT_TYPE
                ? Comparator.comparing(RateRow::key, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(RateRow::label, Comparator.nullsLast(Comparator.naturalOrder()));
        rows.sort(order);
        return rows;
    }

    /** The overdue problems of the filter (assigned in its period), the oldest deadline first. */
    public List<OverdueProblem> overdue(Actor actor, RateFilter filter, UnitType unitType, int limit) {
        return overdue(actor, filter, unitType, limit, null);
    }

    /** As {@link #overdue(Actor, RateFilter, UnitType, int)}, with the units' types read before. */
    public List<OverdueProblem> overdue(Actor actor, RateFilter filter, UnitType unitType, int limit, UnitTypes types) {
        return statistics.overdue(query(checked(actor, filter), unitIds(unitType, types), null), limit).stream()
                .map(o -> new OverdueProblem(o.id(), o.description(), o.unitName(), o.checkpointName(), o.deadline(),
                        o.daysOverdue()))
                .toList();
    }

    /** Checkpoints with the most relapses among the problems assigned in the period, most first. */
    public List<RelapseSpot> relapses(Actor actor, RateFilter filter, UnitType unitType, int limit) {
        return relapses(actor, filter, unitType, limit, null);
    }

    /** As {@link #relapses(Actor, RateFilter, UnitType, int)}, with the units' types read before. */
    public List<RelapseSpot> relapses(Actor actor, RateFilter filter, UnitType unitType, int limit, UnitTypes types) {
        return statistics.relapses(query(checked(actor, filter), unitIds(unitType, types), null), limit).stream()
                .map(r -> new RelapseSpot(r.checkpointId(), r.checkpointName(), r.unitName(), r.relapses()))
                .toList();
    }

    /** Problems closed in the period, those with before and after photos first (a bulletin's examples). */
    public List<TypicalProblem> typical(Actor actor, RateFilter filter, int limit) {
        RateFilter f = checked(actor, filter);
        return statistics.typical(f.from(), f.to(), f.districtId(), limit).stream()
                .map(t -> new TypicalProblem(t.id(), t.description(), t.unitName(), t.checkpointName(), t.assignedOn(),
                        t.beforeAttachmentId(), t.afterAttachmentId()))
                .toList();
    }

    /** The state of the given checkpoints (a paired leader's); other checkpoints than a liaison's unit's are not asked for. */
    public List<CheckpointState> checkpointStates(List<Long> checkpointIds) {
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        Map<Long, ComplianceQueries.LatestInspection> latest = new HashMap<>();
        compliance.latest(checkpointIds).forEach(l -> latest.put(l.checkpointId(), l));
        Map<Long, ProblemStatistics.OpenProblems> open = new HashMap<>();
        statistics.open(checkpointIds).forEach(o -> open.put(o.checkpointId(), o));
        return checkpointIds.stream().sorted().distinct().map(id -> {
            ComplianceQueries.LatestInspection l = latest.get(id);
            ProblemStatistics.OpenProblems o = open.get(id);
            return new CheckpointState(id, l == null ? null : l.finishedAt(),
                    l == null ? new Ratio(0, 0) : new Ratio(l.passed(), l.assessed()),
                    o == null ? 0 : o.open(), o == null ? 0 : o.overdue());
        }).toList();
    }

    private RateFilter checked(Actor actor, RateFilter filter) {
        RateFilter f = rates.confine(actor, filter);
        f.validate();
        return f;
    }

    /**
     * The problem figures from the maintained statistics and compliance from its maintained counts, both in one
     * statement; a unit type is the set of its units, and the rows by unit type are the rows by unit added up.
     */
    private Map<String, Figures> figures(RateFilter f, UnitType unitType, Breakdown by, UnitTypes known) {
        UnitTypes types = known != null || (unitType == null && by != Breakdown.UNIT_TYPE) ? known : unitTypes();
        List<Long> unitIds = unitType == null ? null : types.idsOf(unitType);
        Map<String, Counts> problems = statistics.counts(query(f, unitIds, by == null ? null : switch (by) {
            case DISTRICT -> Dimension.DISTRICT;
            case UNIT, UNIT_TYPE -> Dimension.UNIT;
            case CATEGORY -> Dimension.CATEGORY;
            case STANDARD -> Dimension.STANDARD;
            case WEEK -> Dimension.WEEK;
            case MONTH -> Dimension.MONTH;
        }));
        Map<String, ComplianceCounts> passed = by == null || by.hasCompliance()
                ? compliance.compliance(f.withStandard(null), unitIds, by == null ? null : switch (by) {
                    case DISTRICT -> GroupBy.DISTRICT;
                    case CATEGORY -> GroupBy.CATEGORY;
                    default -> GroupBy.UNIT;
                }, clock.getZone())
                : java.util.Collections.emptyMap();
        if (by == Breakdown.UNIT_TYPE) {
            problems = byType(problems, types, (a, b) -> new Counts(a.assigned() + b.assigned(),
                    a.withDeadline() + b.withDeadline(), a.closed() + b.closed(), a.due() + b.due(),
                    a.onTime() + b.onTime(), a.overdue() + b.overdue(), a.reviewed() + b.reviewed(),
                    a.returned() + b.returned()));
            passed = byType(passed, types, (a, b) -> new ComplianceCounts(a.passed() + b.passed(),
                    a.assessed() + b.assessed()));
        }
        Set<String> keys = new LinkedHashSet<>(problems.keySet());
        keys.addAll(passed.keySet());
        Map<String, Figures> result = new HashMap<>();
        for (String key : keys) {
            Figures figures = Figures.NONE;
            Counts p = problems.get(key);
            if (p != null) {
                figures = figures.withProblems(p.assigned(), p.withDeadline(), p.closed(), p.due(), p.onTime(),
                        p.overdue()).withReviews(p.reviewed(), p.returned());
            }
            ComplianceCounts c = passed.get(key);
            if (c != null) {
                figures = figures.withCompliance(c.passed(), c.assessed());
            }
            result.put(key, figures);
        }
        return result;
    }

    private static ProblemStatistics.Query query(RateFilter f, List<Long> unitIds, Dimension groupBy) {
        return new ProblemStatistics.Query(f.from(), f.to(), f.districtId(), f.unitId(), f.categoryId(),
                f.standardId(), groupBy, unitIds);
    }

    private List<Long> unitIds(UnitType unitType, UnitTypes types) {
        return unitType == null ? null : (types == null ? unitTypes() : types).idsOf(unitType);
    }

    /** Rows keyed by unit id added up into rows keyed by the units' type name. */
    private static <T> Map<String, T> byType(Map<String, T> byUnit, UnitTypes types, BinaryOperator<T> add) {
        Map<String, T> result = new HashMap<>();
        byUnit.forEach((unit, value) -> {
            UnitType type = types.typeOf(Long.valueOf(unit));
            if (type != null) {
                result.merge(type.name(), value, add);
            }
        });
        return result;
    }

    private Map<String, String> labels(Breakdown by, Set<String> keys) {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        GroupBy groupBy = switch (by) {
            case DISTRICT -> GroupBy.DISTRICT;
            case UNIT -> GroupBy.UNIT;
            case CATEGORY -> GroupBy.CATEGORY;
            case STANDARD -> GroupBy.STANDARD;
            default -> null;
        };
        return groupBy == null ? Map.of() : rateQueries.labels(groupBy, keys, english);
    }

    private static RateFilter narrow(RateFilter f, Breakdown by, String key) {
        if (key == null) {
            return null;
        }
        return switch (by) {
            case DISTRICT -> f.withDistrict(Long.valueOf(key));
            case UNIT -> f.withUnit(Long.valueOf(key));
            case CATEGORY -> f.withCategory(Long.valueOf(key));
            case STANDARD -> f.withStandard(Long.valueOf(key));
            case UNIT_TYPE -> null;
            case WEEK -> clamp(f, LocalDate.parse(key), LocalDate.parse(key).plusDays(6));
            case MONTH -> clamp(f, YearMonth.parse(key).atDay(1), YearMonth.parse(key).atEndOfMonth());
        };
    }

    private static RateFilter clamp(RateFilter f, LocalDate from, LocalDate to) {
        return f.withPeriod(from.isBefore(f.from()) ? f.from() : from, to.isAfter(f.to()) ? f.to() : to);
    }

    private static String typeName(UnitType unitType) {
        return unitType == null ? null : unitType.name();
    }
}

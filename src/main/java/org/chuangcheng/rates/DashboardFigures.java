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
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.chuangcheng.shared.Actor;
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

    /** Days after a close within which the same standard failing again counts as a relapse (易反弹). */
    public static final int RELAPSE_DAYS = 30;

    private final DashboardQueries queries;
    private final RateQueries rateQueries;
    private final RateFigures rates;
    private final Clock clock;

    /** Problem figures and compliance over everything the filter selects (reviews are not counted here). */
    public Figures totals(Actor actor, RateFilter filter, UnitType unitType) {
        RateFilter f = checked(actor, filter);
        return figures(f, unitType, null).getOrDefault(RateQueries.TOTAL, Figures.NONE);
    }

    /**
     * Figures broken down by a dimension. Rows of a time axis come in calendar order with every week or month
     * of the period present; other rows in label order. A row's filter is the problems behind it, or
     * {@code null} where the problem list cannot express the group (a unit type, problems without a standard).
     * Unit-type rows carry the type's name as key and no label: the caller translates it.
     */
    public List<RateRow> breakdown(Actor actor, RateFilter filter, UnitType unitType, Breakdown by) {
        RateFilter f = checked(actor, filter);
        Map<String, Figures> byKey = figures(f, unitType, by);
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
        return queries.overdue(checked(actor, filter), typeName(unitType), LocalDate.now(clock), limit);
    }

    /** Checkpoints with the most relapses among the problems assigned in the period, most first. */
    public List<RelapseSpot> relapses(Actor actor, RateFilter filter, UnitType unitType, int limit) {
        return queries.relapses(checked(actor, filter), typeName(unitType), RELAPSE_DAYS, clock.getZone(), limit);
    }

    /** Problems closed in the period, those with before and after photos first (a bulletin's examples). */
    public List<TypicalProblem> typical(Actor actor, RateFilter filter, int limit) {
        return queries.typical(checked(actor, filter), clock.getZone(), limit);
    }

    /** The state of the given checkpoints (a paired leader's); other checkpoints than a liaison's unit's are not asked for. */
    public List<CheckpointState> checkpointStates(List<Long> checkpointIds) {
        return queries.checkpointStates(checkpointIds, LocalDate.now(clock));
    }

    private RateFilter checked(Actor actor, RateFilter filter) {
        RateFilter f = rates.confine(actor, filter);
        f.validate();
        return f;
    }

    private Map<String, Figures> figures(RateFilter f, UnitType unitType, Breakdown by) {
        String type = typeName(unitType);
        Map<String, DashboardQueries.ProblemCounts> problems = queries.problems(f, type, by, LocalDate.now(clock));
        Map<String, ComplianceCounts> compliance = by == null || by.hasCompliance()
                ? queries.compliance(f, type, by, clock.getZone()) : new java.util.HashMap<>();
        Set<String> keys = new LinkedHashSet<>(problems.keySet());
        keys.addAll(compliance.keySet());
        Map<String, Figures> result = new java.util.HashMap<>();
        for (String key : keys) {
            Figures figures = Figures.NONE;
            DashboardQueries.ProblemCounts p = problems.get(key);
            if (p != null) {
                figures = figures.withProblems(p.assigned(), p.withDeadline(), p.closed(), p.due(), p.onTime(),
                        p.overdue());
            }
            ComplianceCounts c = compliance.get(key);
            if (c != null) {
                figures = figures.withCompliance(c.passed(), c.assessed());
            }
            result.put(key, figures);
        }
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

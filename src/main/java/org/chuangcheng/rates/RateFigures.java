package org.chuangcheng.rates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.rates.RateQueries.ComplianceCounts;
import org.chuangcheng.shared.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's rates (DOMAIN.md "Formulas"), computed by the database for a filter, in total or broken
 * down by unit, district, category, standard or month. A liaison only ever gets her own unit's figures:
 * whatever unit she asks for, the filter is confined to hers. "Today" (what is due or overdue) comes from
 * the application clock.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RateFigures {

    private final RateQueries queries;
    private final ComplianceQueries maintained;
    private final ProblemStatistics statistics;
    private final Clock clock;

    /** The figures over everything the filter selects. */
    public Figures totals(Actor actor, RateFilter filter) {
        RateFilter effective = confine(actor, filter);
        effective.validate();
        return figures(effective, null).getOrDefault(RateQueries.TOTAL, Figures.NONE);
    }

    /**
     * The figures broken down by one dimension, rows in label order (months in calendar order), with the totals
     * of the whole filter (from the rows where they add up exactly, see {@code totalsOf}). Grouped by month, every month of the period
     * has a row, even an empty one.
     *
     * @throws InvalidRateFilter when the period is missing, reversed or longer than ten years
     */
    public RateTable table(Actor actor, RateFilter filter, GroupBy groupBy) {
        RateFilter effective = confine(actor, filter);
        effective.validate();
        Map<String, Counts> problems = problems(effective, groupBy);
        Map<String, ComplianceCounts> compliance = compliance(effective, groupBy);
        Map<String, Figures> byKey = figures(problems, compliance);
        Set<String> keys = new LinkedHashSet<>(byKey.keySet());
        if (groupBy == GroupBy.MONTH) {
            for (YearMonth m = YearMonth.from(effective.from()); !m.isAfter(YearMonth.from(effective.to()));
                    m = m.plusMonths(1)) {
                keys.add(m.toString());
            }
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> labels = queries.labels(groupBy, keys, english);
        List<RateRow> rows = new ArrayList<>();
        for (String key : keys) {
            String label = key == null ? null : groupBy == GroupBy.MONTH ? key : labels.getOrDefault(key, key);
            rows.add(new RateRow(key, label, narrow(effective, groupBy, key),
                    byKey.getOrDefault(key, Figures.NONE)));
        }
        rows.sort(Comparator.comparing(RateRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        RateTable table = new RateTable(effective, groupBy, actor.isConfinedToUnit(), rows,
                totalsOf(effective, groupBy, problems, compliance));
        return groupBy == GroupBy.MONTH ? table : table.sortedBy(RateColumn.LABEL, true);
    }

    /** The filter the actor actually gets: a liaison's is confined to her own unit. */
    public RateFilter confine(Actor actor, RateFilter filter) {
        return actor.isConfinedToUnit() ? filter.withUnit(actor.confinedUnitId()) : filter;
    }

    /**
     * The table's totals from its rows where the rows split the filter's items exactly: every problem and every
     * review falls in one group of any dimension (a month: the one it was assigned or reviewed in), and every
     * active checkpoint in one unit, district or category. Compliance by month is each month's state, which does
     * not add up, and by standard it counts checklist items: those totals are counted over the whole filter. The
     * same figures as {@link #totals} (a property test holds them equal) without counting everything twice.
     */
    private Figures totalsOf(RateFilter f, GroupBy groupBy, Map<String, Counts> problems,
            Map<String, ComplianceCounts> compliance) {
        Counts problemTotals = problems.values().stream().reduce(new Counts(0, 0, 0, 0, 0, 0, 0, 0), RateFigures::plus);
        Map<String, ComplianceCounts> complianceTotals = switch (groupBy) {
            case UNIT, DISTRICT, CATEGORY -> Map.of(RateQueries.TOTAL, compliance.values().stream()
                    .reduce(new ComplianceCounts(0, 0), (a, b) -> new ComplianceCounts(a.passed() + b.passed(),
                            a.assessed() + b.assessed())));
            case MONTH, STANDARD -> compliance(f, null);
        };
        Map<String, Counts> problemsTotal = problemTotals.assigned() > 0 || problemTotals.reviewed() > 0
                ? Map.of(RateQueries.TOTAL, problemTotals) : Map.of();
        return figures(problemsTotal, complianceTotals).getOrDefault(RateQueries.TOTAL, Figures.NONE);
    }

    private static Counts plus(Counts a, Counts b) {
        return new Counts(a.assigned() + b.assigned(), a.withDeadline() + b.withDeadline(), a.closed() + b.closed(),
                a.due() + b.due(), a.onTime() + b.onTime(), a.overdue() + b.overdue(), a.reviewed() + b.reviewed(),
                a.returned() + b.returned());
    }

    private Map<String, Figures> figures(RateFilter f, GroupBy groupBy) {
        return figures(problems(f, groupBy), compliance(f, groupBy));
    }

    private Map<String, Counts> problems(RateFilter f, GroupBy groupBy) {
        return statistics.counts(new ProblemStatistics.Query(f.from(), f.to(), f.districtId(), f.unitId(),
                f.categoryId(), f.standardId(), groupBy == null ? null : Dimension.valueOf(groupBy.name())));
    }

    /** By standard, compliance counts checklist items (live); otherwise the maintained counts. */
    private Map<String, ComplianceCounts> compliance(RateFilter f, GroupBy groupBy) {
        return f.standardId() != null || groupBy == GroupBy.STANDARD
                ? queries.compliance(f, groupBy, clock.getZone())
                : maintained.compliance(f, null, groupBy, clock.getZone());
    }

    private static Map<String, Figures> figures(Map<String, Counts> problems, Map<String, ComplianceCounts> compliance) {
        Set<String> keys = new LinkedHashSet<>(problems.keySet());
        keys.addAll(compliance.keySet());
        Map<String, Figures> result = new java.util.HashMap<>();
        for (String key : keys) {
            Figures figures = Figures.NONE;
            Counts p = problems.get(key);
            if (p != null) {
                figures = figures.withProblems(p.assigned(), p.withDeadline(), p.closed(), p.due(), p.onTime(),
                        p.overdue()).withReviews(p.reviewed(), p.returned());
            }
            ComplianceCounts c = compliance.get(key);
            if (c != null) {
                figures = figures.withCompliance(c.passed(), c.assessed());
            }
            result.put(key, figures);
        }
        return result;
    }

    /** The problems behind one row: the filter narrowed to the group (a month row to its days in the period). */
    private static RateFilter narrow(RateFilter f, GroupBy groupBy, String key) {
        if (key == null) {
            return null;
        }
        return switch (groupBy) {
            case UNIT -> f.withUnit(Long.valueOf(key));
            case DISTRICT -> f.withDistrict(Long.valueOf(key));
            case CATEGORY -> f.withCategory(Long.valueOf(key));
            case STANDARD -> f.withStandard(Long.valueOf(key));
            case MONTH -> {
                YearMonth month = YearMonth.parse(key);
                LocalDate from = month.atDay(1).isBefore(f.from()) ? f.from() : month.atDay(1);
                LocalDate to = month.atEndOfMonth().isAfter(f.to()) ? f.to() : month.atEndOfMonth();
                yield f.withPeriod(from, to);
            }
        };
    }
}

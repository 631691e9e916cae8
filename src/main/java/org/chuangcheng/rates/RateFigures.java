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
     * The figures broken down by one dimension, rows in label order (months in calendar order), with totals
     * computed over the whole filter (not summed from rows). Grouped by month, every month of the period
     * has a row, even an empty one.
     *
     * @throws InvalidRateFilter when the period is missing, reversed or longer than ten years
     */
    public RateTable table(Actor actor, RateFilter filter, GroupBy groupBy) {
        RateFilter effective = confine(actor, filter);
        effective.validate();
        Map<String, Figures> byKey = figures(effective, groupBy);
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
                totals(actor, effective));
        return groupBy == GroupBy.MONTH ? table : table.sortedBy(RateColumn.LABEL, true);
    }

    /** The filter the actor actually gets: a liaison's is confined to her own unit. */
    public RateFilter confine(Actor actor, RateFilter filter) {
        return actor.isConfinedToUnit() ? filter.withUnit(actor.confinedUnitId()) : filter;
    }

    private Map<String, Figures> figures(RateFilter f, GroupBy groupBy) {
        Map<String, Counts> problems = statistics.counts(new ProblemStatistics.Query(f.from(), f.to(), f.districtId(),
                f.unitId(), f.categoryId(), f.standardId(), groupBy == null ? null : Dimension.valueOf(groupBy.name())));
        // by standard, compliance counts checklist items (live); otherwise the maintained counts
        Map<String, ComplianceCounts> compliance = f.standardId() != null || groupBy == GroupBy.STANDARD
                ? queries.compliance(f, groupBy, clock.getZone())
                : maintained.compliance(f, null, groupBy, clock.getZone());
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

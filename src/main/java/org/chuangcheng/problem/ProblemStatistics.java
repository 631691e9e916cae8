package org.chuangcheng.problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.statistics.ListQueries;
import org.chuangcheng.problem.statistics.StatisticsQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem feature's figures (DOMAIN.md "Formulas": assigned, with deadline, closed, due, on time, overdue,
 * reviewed and returned evidence), the one definition that the rates, the dashboard and the rankings read. The
 * counts that do not depend on today are maintained in the same transaction as every change of a problem (see
 * {@code V32__problem_statistics.sql}); what is due or overdue is counted live over the open problems, against
 * the application clock's today. No authorization here: callers confine the query to what the actor may see.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProblemStatistics {

    /** The key of the single group of an ungrouped query. */
    public static final String TOTAL = "total";

    private final StatisticsQueries queries;
    private final ListQueries lists;
    private final Clock clock;

    /** What a group is keyed by. */
    public enum Dimension {
        /** The problem's responsible unit: key = unit id. */
        UNIT,
        /** The district of the problem's checkpoint: key = unit id of the district. */
        DISTRICT,
        /** The category of the problem's checkpoint: key = category id. */
        CATEGORY,
        /** The standard the problem breaches: key = standard id, {@code null} for free-form problems. */
        STANDARD,
        /** The month problems were assigned in (reviews: reviewed in): key = {@code 2026-03}. */
        MONTH,
        /**
         * The week (Monday to Sunday) problems were assigned in (reviews: reviewed in): key = its Monday,
         * {@code 2026-03-02}. Not with a category or standard filter.
         */
        WEEK
    }

    /**
     * Problems assigned from {@code from} to {@code to} inclusive (reviews: reviewed on those days in the
     * application's time zone), optionally of one district, unit, category and standard ({@code null}: all) and
     * of a set of responsible units ({@code unitIds}, e.g. the units of one type; {@code null}: all), grouped by
     * {@code groupBy} ({@code null}: one group keyed {@link #TOTAL}).
     */
    public record Query(LocalDate from, LocalDate to, Long districtId, Long unitId, Long categoryId, Long standardId,
            Dimension groupBy, Collection<Long> unitIds) {

        public Query(LocalDate from, LocalDate to, Long districtId, Long unitId, Long categoryId, Long standardId,
                Dimension groupBy) {
            this(from, to, districtId, unitId, categoryId, standardId, groupBy, null);
        }
    }

    /**
     * The figures of one group. Cancelled problems never count.
     *
     * @param assigned problems assigned (交办问题数)
     * @param withDeadline of those, with a deadline (设定整改期限数)
     * @param closed of {@code withDeadline}, closed (完成整改数)
     * @param due of {@code withDeadline}, closed or past the deadline day
     * @param onTime of {@code closed}, the accepted evidence submitted on or before the deadline day
     * @param overdue of {@code withDeadline}, open and past the deadline day (逾期)
     * @param reviewed evidence accepted or returned
     * @param returned of {@code reviewed}, returned (退回)
     */
    public record Counts(long assigned, long withDeadline, long closed, long due, long onTime, long overdue,
            long reviewed, long returned) {
    }

    /**
     * The figures per group; a group is present when it has an assigned problem or a reviewed submission.
     * Keys are the ids as text (see {@link Dimension}), or {@link #TOTAL}.
     */
    public Map<String, Counts> counts(Query query) {
        if (query.from() == null || query.to() == null || query.from().isAfter(query.to())) {
            throw new IllegalArgumentException("a statistics query needs a period: " + query);
        }
        if (query.groupBy() == Dimension.WEEK && (query.categoryId() != null || query.standardId() != null)) {
            throw new IllegalArgumentException("weeks are not counted by category or standard: " + query);
        }
        if (query.unitIds() != null && query.unitIds().isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        return queries.counts(query, LocalDate.now(clock));
    }

    /**
     * The figures that do not depend on today (assigned, with deadline, closed, on time, reviewed, returned) per
     * group, without counting what is overdue: {@code overdue} is 0 and {@code due} equals {@code closed}. For the
     * lists' totals of those scopes, which would otherwise count the open problems on every page view.
     */
    Map<String, Counts> maintainedCounts(Query query) {
        if (query.unitIds() != null && query.unitIds().isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        return queries.counts(query, LocalDate.now(clock), false);
    }

    /** An overdue problem (逾期) of a list, with the names it is shown with. */
    public record OverdueRow(long id, String description, String unitName, String checkpointName, LocalDate deadline,
            long daysOverdue) {
    }

    /** A relapse hot spot (易反弹): a checkpoint and how many of the query's problems there are relapses. */
    public record RelapseRow(long checkpointId, String checkpointName, String unitName, long relapses) {
    }

    /** A closed problem with the first photo from when it was raised and from its accepted evidence. */
    public record TypicalRow(long id, String description, String unitName, String checkpointName,
            LocalDate assignedOn, Long beforeAttachmentId, Long afterAttachmentId) {
    }

    /** A checkpoint's open problems and, of those, the overdue ones. */
    public record OpenProblems(long checkpointId, long open, long overdue) {
    }

    /** The query's open problems past their deadline day (today: the application clock's), oldest deadline first. */
    public List<OverdueRow> overdue(Query query, int limit) {
        return query.unitIds() != null && query.unitIds().isEmpty() ? List.of()
                : lists.overdue(query, LocalDate.now(clock), limit);
    }

    /**
     * Checkpoints with the most relapses among the query's problems, most first. A relapse is a problem assigned
     * within 30 days (the closing day included) after a problem for the same standard at the same checkpoint was
     * closed; the set is maintained by the database with every change of a problem.
     */
    public List<RelapseRow> relapses(Query query, int limit) {
        return query.unitIds() != null && query.unitIds().isEmpty() ? List.of() : lists.relapses(query, limit);
    }

    /** Problems closed from {@code from} to {@code to} (of a district's checkpoints), with photos first. */
    public List<TypicalRow> typical(LocalDate from, LocalDate to, Long districtId, int limit) {
        return lists.typical(from, to, districtId, clock.getZone(), limit);
    }

    /** The open and overdue problems of each given checkpoint; checkpoints without open problems are left out. */
    public List<OpenProblems> open(List<Long> checkpointIds) {
        return lists.open(checkpointIds, LocalDate.now(clock));
    }
}

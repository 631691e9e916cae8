package org.chuangcheng.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.springframework.stereotype.Component;

/**
 * How many problems a list shows, without counting the whole table on every page view: the scopes that are
 * figures (assigned, with deadline, closed, due, on time, overdue) come from the maintained statistics, which a
 * property test holds equal to these scopes; "all problems" is the assigned figure plus the few cancelled ones.
 * Empty when the statistics cannot answer (a text search, one checkpoint, a status): the caller counts then.
 */
@Component
@RequiredArgsConstructor
class ProblemListCounts {

    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

    private final ProblemStatistics statistics;
    private final UnitManagement units;

    /** The count of a (confined) filter's problems from the statistics, if they hold it. */
    OptionalLong count(ProblemFilter f) {
        boolean answerable = (f.text() == null || f.text().isBlank()) && f.checkpointId() == null
                && f.status() == null && (f.unitId() == null || f.unitId() >= 0) && f.withinUnits() == null;
        if (!answerable || f.scope() == null || !isFigure(f.scope())) {
            return OptionalLong.empty();
        }
        ProblemStatistics.Query query = new ProblemStatistics.Query(f.from() == null ? EVER_FROM : f.from(),
                f.to() == null ? EVER_TO : f.to(), f.districtId(), f.unitId(), f.categoryId(), f.standardId(), null,
                f.unitType() == null ? null : unitsOf(f.unitType()));
        // only due and overdue depend on today: the other scopes skip the live count of the open problems
        boolean live = f.scope() == ProblemScope.DUE || f.scope() == ProblemScope.OVERDUE;
        Counts c = (live ? statistics.counts(query) : statistics.maintainedCounts(query))
                .getOrDefault(ProblemStatistics.TOTAL, new Counts(0, 0, 0, 0, 0, 0, 0, 0));
        return OptionalLong.of(switch (f.scope()) {
            case ASSIGNED -> c.assigned();
            case WITH_DEADLINE -> c.withDeadline();
            case CLOSED -> c.closed();
            case DUE -> c.due();
            case ON_TIME -> c.onTime();
            case OVERDUE -> c.overdue();
            default -> throw new IllegalStateException(f.scope().name());
        });
    }

    /** Every problem but the cancelled ones ("assigned"), for a filter without a scope. */
    OptionalLong assigned(ProblemFilter f) {
        return count(f.withScope(ProblemScope.ASSIGNED));
    }

    /** The units of a type, inactive ones included (their problems still count), as the statistics take them. */
    private List<Long> unitsOf(UnitType type) {
        return units.typesById().entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static boolean isFigure(ProblemScope scope) {
        return switch (scope) {
            case ASSIGNED, WITH_DEADLINE, CLOSED, DUE, ON_TIME, OVERDUE -> true;
            default -> false;
        };
    }
}

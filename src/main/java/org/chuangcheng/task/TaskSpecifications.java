package org.chuangcheng.task;

import org.chuangcheng.shared.LikePatterns;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chuangcheng.organization.Unit;
import org.springframework.data.jpa.domain.Specification;

/** The task list's filters as one query, so that lists, the board, exports and figures agree. */
final class TaskSpecifications {

    private TaskSpecifications() {
    }

    /**
     * @param confinedToUnitIds a confined actor's units: only tasks one of them leads or helps with; null for everyone else
     * @param districtUnitIds  the district and the units under it, when filtering by district
     */
    /** Tasks whose reported quantity a supervisor must confirm. */
    static Specification<Task> requiringConfirmation() {
        return (root, query, cb) -> cb.isTrue(root.get("requiresConfirmation"));
    }

    static Specification<Task> matching(TaskFilter filter, Collection<Long> confinedToUnitIds, Collection<Long> districtUnitIds,
            LocalDate today, int staleDays) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (confinedToUnitIds != null) {
                where.add(involving(confinedToUnitIds, root, query, cb));
            }
            if (filter.unitId() != null) {
                where.add(involving(List.of(filter.unitId()), root, query, cb));
            }
            if (filter.leadUnitId() != null) {
                where.add(cb.equal(root.get("leadUnit").get("id"), filter.leadUnitId()));
            }
            if (districtUnitIds != null) {
                where.add(root.get("leadUnit").get("id").in(districtUnitIds));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = LikePatterns.containing(filter.text().trim().toLowerCase());
                char e = LikePatterns.ESCAPE;
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, e),
                        cb.like(cb.lower(root.get("content")), like, e), cb.like(cb.lower(root.get("code")), like, e)));
            }
            if (filter.book() != null && !filter.book().isBlank()) {
                where.add(cb.equal(root.get("book"), filter.book()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.workGroupId() != null) {
                where.add(cb.equal(root.get("workGroup").get("id"), filter.workGroupId()));
            }
            if (filter.overdue()) {
                where.add(overdue(root, cb, today));
            }
            if (filter.stale()) {
                where.add(stale(root, cb, today, staleDays));
            }
            if (filter.periodFrom() != null && filter.periodTo() != null) {
                where.add(cb.or(cb.between(root.get("deadline"), filter.periodFrom(), filter.periodTo()),
                        cb.between(root.get("closedOn"), filter.periodFrom(), filter.periodTo())));
            }
            if (filter.closedOnly()) {
                where.add(cb.equal(root.get("status"), TaskStatus.CLOSED));
                if (filter.periodTo() != null) {
                    where.add(cb.lessThanOrEqualTo(root.get("closedOn"), filter.periodTo()));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The home page's figures for a confined actor (or everyone) in one query: all tasks, closed, overdue and
     * 未报送 (no progress report for {@code staleDays}), each by the same predicate the list's filter uses.
     */
    static CriteriaQuery<Tuple> countsPerKind(CriteriaBuilder cb, Collection<Long> confinedToUnitIds, LocalDate today,
            int staleDays) {
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Task> root = query.from(Task.class);
        List<Predicate> kinds = List.of(cb.equal(root.get("status"), TaskStatus.CLOSED), overdue(root, cb, today),
                stale(root, cb, today, staleDays));
        List<Selection<?>> counts = new ArrayList<>();
        counts.add(cb.count(root));
        for (Predicate kind : kinds) {
            counts.add(cb.coalesce(cb.sum(cb.<Long>selectCase().when(kind, 1L).otherwise(0L)), 0L));
        }
        return query.multiselect(counts).where(matching(TaskFilter.none(), confinedToUnitIds, null, today, staleDays)
                .toPredicate(root, query, cb));
    }

    private static Predicate overdue(Root<Task> root, CriteriaBuilder cb, LocalDate today) {
        return cb.and(cb.notEqual(root.get("status"), TaskStatus.CLOSED), cb.lessThan(root.get("deadline"), today));
    }

    private static Predicate stale(Root<Task> root, CriteriaBuilder cb, LocalDate today, int staleDays) {
        return cb.and(root.get("status").in(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS),
                cb.lessThanOrEqualTo(root.get("startDate"), today),
                cb.lessThan(cb.coalesce(root.get("lastReportOn"), root.<LocalDate>get("startDate")),
                        today.minusDays(staleDays)));
    }

    private static Predicate involving(Collection<Long> unitIds, Root<Task> root,
            jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> helped = query.subquery(Long.class);
        Root<Task> other = helped.from(Task.class);
        Join<Task, Unit> co = other.join("coUnits");
        helped.select(other.get("id")).where(co.get("id").in(unitIds));
        return cb.or(root.get("leadUnit").get("id").in(unitIds), root.get("id").in(helped));
    }
}

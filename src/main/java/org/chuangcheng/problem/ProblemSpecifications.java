package org.chuangcheng.problem;

import org.chuangcheng.shared.LikePatterns;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The filter and the scopes of {@link ProblemScope} as JPA criteria; one definition for lists and export. */
final class ProblemSpecifications {

    private ProblemSpecifications() {
    }

    static Specification<Problem> matching(ProblemFilter f, LocalDate today, LocalDate dueSoonLimit) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.unitId() != null) {
                p.add(cb.equal(root.get("responsibleUnit").get("id"), f.unitId()));
            }
            if (f.unitType() != null) {
                p.add(cb.equal(root.get("responsibleUnit").get("type"), f.unitType()));
            }
            if (f.withinUnits() != null) {
                p.add(root.get("responsibleUnit").get("id").in(f.withinUnits()));
            }
            if (f.districtId() != null) {
                p.add(cb.equal(root.get("checkpoint").get("district").get("id"), f.districtId()));
            }
            if (f.categoryId() != null) {
                p.add(cb.equal(root.get("checkpoint").get("category").get("id"), f.categoryId()));
            }
            if (f.standardId() != null) {
                p.add(cb.equal(root.get("standard").get("id"), f.standardId()));
            }
            if (f.checkpointId() != null) {
                p.add(cb.equal(root.get("checkpoint").get("id"), f.checkpointId()));
            }
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("assignedOn"), f.from()));
            }
            if (f.to() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("assignedOn"), f.to()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = LikePatterns.containing(f.text().trim().toLowerCase());
                p.add(cb.or(cb.like(cb.lower(root.get("description")), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("checkpoint").get("name")), like, LikePatterns.ESCAPE)));
            }
            if (f.scope() != null) {
                p.add(scope(f.scope(), root, cb, today, dueSoonLimit));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /**
     * Fetches only what a list row or card shows (the checkpoint's name, the unit's label), in the same query:
     * hydrating the district, category and standard as well cost a tenth of the liaison list's CPU.
     */
    static Specification<Problem> fetchingRowColumns() {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("checkpoint", JoinType.INNER);
                root.fetch("responsibleUnit", JoinType.INNER);
            }
            return null;
        };
    }

    /** Fetches what a ledger line or another feature's use shows, in the same query (not for count queries). */
    static Specification<Problem> fetchingDetails() {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                var checkpoint = root.fetch("checkpoint", JoinType.INNER);
                checkpoint.fetch("district", JoinType.INNER);
                checkpoint.fetch("category", JoinType.INNER);
                root.fetch("responsibleUnit", JoinType.INNER);
                root.fetch("standard", JoinType.LEFT);
            }
            return null;
        };
    }

    /**
     * The liaison's order of work: returned problems first, then overdue ones, then by the nearest deadline
     * (none last), newest first among equals. Not applied to count queries.
     */
    static Specification<Problem> urgentFirst(LocalDate today) {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                var returned = cb.<Integer>selectCase().when(cb.equal(root.get("status"), ProblemStatus.RETURNED), 0)
                        .otherwise(1);
                var overdue = cb.<Integer>selectCase()
                        .when(cb.and(cb.lessThan(root.<LocalDate>get("deadline"), today),
                                root.get("status").in(ProblemStatus.ASSIGNED, ProblemStatus.RETURNED)), 0)
                        .otherwise(1);
                var noDeadline = cb.<Integer>selectCase().when(cb.isNull(root.get("deadline")), 1).otherwise(0);
                query.orderBy(cb.asc(returned), cb.asc(overdue), cb.asc(noDeadline), cb.asc(root.get("deadline")),
                        cb.desc(root.get("id")));
            }
            return null;
        };
    }

    static Specification<Problem> cancelled() {
        return (root, query, cb) -> cb.equal(root.get("status"), ProblemStatus.CANCELLED);
    }

    static Specification<Problem> idAfter(long lastId) {
        return (root, query, cb) -> cb.greaterThan(root.get("id"), lastId);
    }

    /**
     * One row holding, for each of the scopes in order, how many problems matching the filter fall in it: the
     * scopes' own predicates as {@code sum(case when ... then 1 else 0 end)} over a single scan, where counting
     * each scope apart costs a query each.
     */
    static CriteriaQuery<Tuple> countPerScope(CriteriaBuilder cb, ProblemFilter f, List<ProblemScope> scopes,
            LocalDate today, LocalDate dueSoonLimit) {
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Problem> root = query.from(Problem.class);
        List<Selection<?>> counts = new ArrayList<>();
        for (ProblemScope s : scopes) {
            counts.add(cb.coalesce(cb.sum(cb.<Long>selectCase()
                    .when(scope(s, root, cb, today, dueSoonLimit), 1L).otherwise(0L)), 0L));
        }
        return query.multiselect(counts).where(matching(f, today, dueSoonLimit).toPredicate(root, query, cb));
    }

    private static Predicate scope(ProblemScope scope, Root<Problem> root, CriteriaBuilder cb, LocalDate today,
            LocalDate dueSoonLimit) {
        Path<ProblemStatus> status = root.get("status");
        Path<LocalDate> deadline = root.get("deadline");
        Predicate notCancelled = cb.notEqual(status, ProblemStatus.CANCELLED);
        Predicate hasDeadline = cb.isNotNull(deadline);
        Predicate closed = cb.equal(status, ProblemStatus.CLOSED);
        Predicate open = status.in(ProblemStatus.OPEN);
        return switch (scope) {
            case ASSIGNED -> notCancelled;
            case WITH_DEADLINE -> cb.and(notCancelled, hasDeadline);
            case CLOSED -> cb.and(closed, hasDeadline);
            case DUE -> cb.and(notCancelled, hasDeadline, cb.or(closed, cb.lessThan(deadline, today)));
            case ON_TIME -> cb.and(closed, hasDeadline,
                    cb.lessThanOrEqualTo(root.<LocalDate>get("acceptedSubmittedOn"), deadline));
            case OVERDUE -> cb.and(open, hasDeadline, cb.lessThan(deadline, today));
            case OPEN -> open;
            case DUE_SOON -> cb.and(open, hasDeadline, cb.greaterThanOrEqualTo(deadline, today),
                    cb.lessThan(deadline, dueSoonLimit));
            case RETURNED -> cb.equal(status, ProblemStatus.RETURNED);
            case PENDING -> cb.equal(status, ProblemStatus.SUBMITTED);
        };
    }
}

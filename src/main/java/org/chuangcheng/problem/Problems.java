package org.chuangcheng.problem;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.chuangcheng.shared.AggregateRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Problems extends AggregateRepository<Problem>, JpaSpecificationExecutor<Problem> {

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category", "responsibleUnit",
        "standard"})
    Optional<Problem> findWithDetailsById(Long id);

    List<Problem> findByInspectionIdOrderById(Long inspectionId);

    List<Problem> findByIdIn(Collection<Long> ids);

    long countByInspectionIdAndStatusIn(Long inspectionId, Collection<ProblemStatus> statuses);

    /** Each return of these problems (of one unit's, when given), oldest first: problem id, reason. */
    @Query("""
            select r.problem.id, r.reviewComment from Rectification r
            where r.problem.id in :ids and r.outcome = org.chuangcheng.problem.RectificationOutcome.RETURNED
              and (:unitId is null or r.problem.responsibleUnit.id = :unitId)
            order by r.reviewedAt, r.id
            """)
    List<Object[]> returnReasons(Collection<Long> ids, Long unitId);

    @Query("select max(e.occurredAt) from ProblemEvent e where e.problem.inspectionId = :inspectionId and e.type in :types")
    Optional<Instant> lastOccurrence(Long inspectionId, Collection<ProblemEventType> types);
}

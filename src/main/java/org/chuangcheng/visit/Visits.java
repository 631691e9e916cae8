package org.chuangcheng.visit;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Visits extends JpaRepository<Visit, Long> {

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.responsibleUnit", "checkpoint.district", "leader"})
    Optional<Visit> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.responsibleUnit", "leader"})
    @Query(value = """
            select v from Visit v
            where (:unitId is null or v.checkpoint.responsibleUnit.id = :unitId)
              and (:leaderId is null or v.leader.id = :leaderId)
              and (:checkpointId is null or v.checkpoint.id = :checkpointId)
              and v.visitedOn between :from and :to
            """,
            countQuery = """
            select count(v) from Visit v
            where (:unitId is null or v.checkpoint.responsibleUnit.id = :unitId)
              and (:leaderId is null or v.leader.id = :leaderId)
              and (:checkpointId is null or v.checkpoint.id = :checkpointId)
              and v.visitedOn between :from and :to
            """)
    Page<Visit> search(Long unitId, Long leaderId, Long checkpointId, LocalDate from, LocalDate to, Pageable pageable);
}

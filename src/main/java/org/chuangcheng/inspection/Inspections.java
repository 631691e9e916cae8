package org.chuangcheng.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.chuangcheng.shared.AggregateRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Inspections extends AggregateRepository<Inspection> {

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category",
        "checkpoint.responsibleUnit"})
    @Query(value = """
            select i from Inspection i
            where (:checkpointId is null or i.checkpoint.id = :checkpointId)
              and (:districtId is null or i.checkpoint.district.id = :districtId)
              and (:everyUnit = true or i.checkpoint.responsibleUnit.id in :scopeUnits)
              and (:unitId is null or i.checkpoint.responsibleUnit.id = :unitId)
              and (:type is null or i.type = :type)
              and (:status is null or i.status = :status)
              and (cast(:from as timestamp) is null or i.inspectedAt >= :from)
              and (cast(:to as timestamp) is null or i.inspectedAt < :to)
              and (:author is null or i.status <> :draft or i.createdBy = :author)
            """,
            countQuery = """
            select count(i) from Inspection i
            where (:checkpointId is null or i.checkpoint.id = :checkpointId)
              and (:districtId is null or i.checkpoint.district.id = :districtId)
              and (:everyUnit = true or i.checkpoint.responsibleUnit.id in :scopeUnits)
              and (:unitId is null or i.checkpoint.responsibleUnit.id = :unitId)
              and (:type is null or i.type = :type)
              and (:status is null or i.status = :status)
              and (cast(:from as timestamp) is null or i.inspectedAt >= :from)
              and (cast(:to as timestamp) is null or i.inspectedAt < :to)
              and (:author is null or i.status <> :draft or i.createdBy = :author)
            """)
    Page<Inspection> search(Long checkpointId, Long districtId, boolean everyUnit, java.util.Collection<Long> scopeUnits,
            Long unitId, InspectionType type,
            InspectionStatus status, Instant from, Instant to, Long author, InspectionStatus draft,
            Pageable pageable);

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category",
        "checkpoint.responsibleUnit"})
    Optional<Inspection> findWithCheckpointById(Long id);

    long countByStatusAndCreatedBy(InspectionStatus status, Long createdBy);

    @EntityGraph(attributePaths = "checkpoint")
    List<Inspection> findTop20ByStatusAndCreatedByOrderByInspectedAtDesc(InspectionStatus status, Long createdBy);

    /** Locks the inspection's row until the transaction ends; empty when there is none. */
    @Query(value = "select id from inspections where id = :id for update", nativeQuery = true)
    Optional<Long> lockById(Long id);

    /** Sets the 整改完毕 mark without touching the version: it is no edit of the inspection. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Inspection i set i.rectifiedAt = :at where i.id = :id")
    int markRectified(Long id, Instant at);
}

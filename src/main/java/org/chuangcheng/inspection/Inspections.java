package org.chuangcheng.inspection;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Inspections extends JpaRepository<Inspection, Long> {

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category",
        "checkpoint.responsibleUnit"})
    @Query(value = """
            select i from Inspection i
            where (:checkpointId is null or i.checkpoint.id = :checkpointId)
              and (:districtId is null or i.checkpoint.district.id = :districtId)
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
              and (:unitId is null or i.checkpoint.responsibleUnit.id = :unitId)
              and (:type is null or i.type = :type)
              and (:status is null or i.status = :status)
              and (cast(:from as timestamp) is null or i.inspectedAt >= :from)
              and (cast(:to as timestamp) is null or i.inspectedAt < :to)
              and (:author is null or i.status <> :draft or i.createdBy = :author)
            """)
    Page<Inspection> search(Long checkpointId, Long districtId, Long unitId, InspectionType type,
            InspectionStatus status, Instant from, Instant to, Long author, InspectionStatus draft,
            Pageable pageable);

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category",
        "checkpoint.responsibleUnit"})
    Optional<Inspection> findWithCheckpointById(Long id);

    long countByStatusAndCreatedBy(InspectionStatus status, Long createdBy);
}

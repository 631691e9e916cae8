package org.chuangcheng.checkpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Checkpoints extends JpaRepository<Checkpoint, Long> {

    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit", "pairedLeader"})
    @Query(value = """
            select c from Checkpoint c
            where (:districtId is null or c.district.id = :districtId)
              and (:categoryId is null or c.category.id = :categoryId)
              and (:unitId is null or c.responsibleUnit.id = :unitId)
              and (:everyUnit = true or c.responsibleUnit.id in :scopeUnits)
              and (:text is null or c.name like concat('%', cast(:text as string), '%') escape '\\'
                   or c.address like concat('%', cast(:text as string), '%') escape '\\')
              and (:includeInactive = true or c.active = true)
            """,
            countQuery = """
            select count(c) from Checkpoint c
            where (:districtId is null or c.district.id = :districtId)
              and (:categoryId is null or c.category.id = :categoryId)
              and (:unitId is null or c.responsibleUnit.id = :unitId)
              and (:everyUnit = true or c.responsibleUnit.id in :scopeUnits)
              and (:text is null or c.name like concat('%', cast(:text as string), '%') escape '\\'
                   or c.address like concat('%', cast(:text as string), '%') escape '\\')
              and (:includeInactive = true or c.active = true)
            """)
    Page<Checkpoint> search(Long districtId, Long categoryId, Long unitId, boolean everyUnit,
            Collection<Long> scopeUnits, String text, boolean includeInactive, Pageable pageable);

    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit", "pairedLeader", "grid", "grid.responsibleUnit"})
    Optional<Checkpoint> findWithDetailsById(Long id);

    boolean existsByNameIgnoreCaseAndDistrictId(String name, Long districtId);

    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit", "pairedLeader"})
    List<Checkpoint> findByPairedLeaderIdAndActiveTrue(Long leaderId);

    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit"})
    List<Checkpoint> findByActiveTrueOrderByName();

    long countByActiveTrue();

    /**
     * Active checkpoints with coordinates, nearest first: degrees of longitude shrunk by the cosine of the
     * latitude, close enough at a city's scale to order by.
     */
    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit"})
    @Query("""
            select c from Checkpoint c
            where c.active = true and c.latitude is not null
            order by (c.latitude - :latitude) * (c.latitude - :latitude)
                   + (c.longitude - :longitude) * (c.longitude - :longitude) * :cosLatitude * :cosLatitude, c.id
            """)
    List<Checkpoint> nearest(java.math.BigDecimal latitude, java.math.BigDecimal longitude, double cosLatitude,
            org.springframework.data.domain.Limit limit);

    @EntityGraph(attributePaths = {"category", "district", "responsibleUnit"})
    @Query("""
            select c from Checkpoint c
            where c.active = true and (c.name like concat('%', cast(:text as string), '%') escape '\\'
                   or c.address like concat('%', cast(:text as string), '%') escape '\\')
            order by c.name, c.id
            """)
    List<Checkpoint> matching(String text, org.springframework.data.domain.Limit limit);

    @EntityGraph(attributePaths = {"category", "responsibleUnit"})
    List<Checkpoint> findByGridIdAndActiveTrueOrderByName(Long gridId);
}

package org.chuangcheng.checkpoint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Grids extends JpaRepository<Grid, Long> {

    @EntityGraph(attributePaths = {"district", "responsibleUnit"})
    Optional<Grid> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"district", "responsibleUnit"})
    @Query("select g from Grid g where (:districtId is null or g.district.id = :districtId) order by g.district.id, g.name")
    List<Grid> search(Long districtId);

    boolean existsByDistrictIdAndNameIgnoreCase(Long districtId, String name);
}

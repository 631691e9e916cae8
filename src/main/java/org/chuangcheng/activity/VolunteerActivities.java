package org.chuangcheng.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chuangcheng.organization.UnitType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerActivities extends JpaRepository<VolunteerActivity, Long> {

    @EntityGraph(attributePaths = {"unit", "district", "checkpoint"})
    Optional<VolunteerActivity> findWithDetailsById(Long id);

    String FILTER = """
            where (:unitId is null or a.unit.id = :unitId)
              and (:districtId is null or a.district.id = :districtId)
              and (:unitType is null or a.unit.type = :unitType)
              and (:kind is null or a.kind = :kind)
              and a.heldOn between :from and :to
            """;

    @EntityGraph(attributePaths = {"unit", "district", "checkpoint"})
    @Query(value = "select a from VolunteerActivity a " + FILTER,
            countQuery = "select count(a) from VolunteerActivity a " + FILTER)
    Page<VolunteerActivity> search(Long unitId, Long districtId, UnitType unitType, ActivityKind kind, LocalDate from,
            LocalDate to, Pageable pageable);

    @EntityGraph(attributePaths = {"unit", "district", "checkpoint"})
    @Query("select a from VolunteerActivity a " + FILTER + " order by a.heldOn, a.id")
    List<VolunteerActivity> all(Long unitId, Long districtId, UnitType unitType, ActivityKind kind, LocalDate from,
            LocalDate to);
}

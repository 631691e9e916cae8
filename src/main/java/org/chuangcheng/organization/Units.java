package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Units extends JpaRepository<Unit, Long> {

    List<Unit> findByActiveTrueOrderByTypeAscNameAsc();

    @org.springframework.data.jpa.repository.Query("select u.id, u.type from Unit u")
    List<Object[]> findIdsAndTypes();

    List<Unit> findByTypeAndActiveTrueOrderByName(UnitType type);

    Optional<Unit> findByName(String name);

    Optional<Unit> findByShortName(String shortName);

    boolean existsByNameIgnoreCase(String name);

    @EntityGraph(attributePaths = "parent")
    Optional<Unit> findWithParentById(Long id);

    List<Unit> findByParentIdOrderByName(Long parentId);

    @Query("""
            select u from Unit u
            where (:type is null or u.type = :type)
              and (:text is null or u.name like concat('%', cast(:text as string), '%') escape '\\'
                   or u.shortName like concat('%', cast(:text as string), '%') escape '\\')
              and (:onlyId is null or u.id = :onlyId)
            """)
    Page<Unit> search(UnitType type, String text, Long onlyId, Pageable pageable);
}

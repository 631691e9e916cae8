package org.chuangcheng.counselor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounselorGroups extends JpaRepository<CounselorGroup, Long> {

    @EntityGraph(attributePaths = {"memberIds", "districts", "units"})
    Optional<CounselorGroup> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"memberIds", "districts", "units"})
    @Query("select g from CounselorGroup g order by g.name")
    List<CounselorGroup> findAllWithDetails();

    boolean existsByNameIgnoreCase(String name);

    /**
     * The units an account's groups cover: their districts with every unit under them (streets, communities),
     * and their units. {@code union} (not {@code union all}) also stops a cycle in the units' parents.
     */
    @Query(nativeQuery = true, value = """
            with recursive covered(id) as (
                select d.unit_id from counselor_group_districts d
                    join counselor_group_members m on m.group_id = d.group_id
                where m.account_id = :accountId
                union
                select u.id from units u join covered c on u.parent_id = c.id)
            select id from covered
            union
            select gu.unit_id from counselor_group_units gu
                join counselor_group_members m on m.group_id = gu.group_id
            where m.account_id = :accountId
            """)
    Set<Long> unitsCoveredFor(Long accountId);
}

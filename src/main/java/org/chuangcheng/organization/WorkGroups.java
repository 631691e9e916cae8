package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkGroups extends JpaRepository<WorkGroup, Long> {

    @EntityGraph(attributePaths = {"headLeader", "leadUnit"})
    List<WorkGroup> findAllByOrderByName();

    Optional<WorkGroup> findByName(String name);

    boolean existsByNameIgnoreCase(String name);
}

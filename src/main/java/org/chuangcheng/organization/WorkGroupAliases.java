package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkGroupAliases extends JpaRepository<WorkGroupAlias, Long> {

    @EntityGraph(attributePaths = "workGroup")
    List<WorkGroupAlias> findAllBy();

    Optional<WorkGroupAlias> findByAliasIgnoreCase(String alias);
}

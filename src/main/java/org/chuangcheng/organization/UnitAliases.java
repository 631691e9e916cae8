package org.chuangcheng.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitAliases extends JpaRepository<UnitAlias, Long> {

    @EntityGraph(attributePaths = "unit")
    List<UnitAlias> findAllBy();

    Optional<UnitAlias> findByAliasIgnoreCase(String alias);
}

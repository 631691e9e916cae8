package org.chuangcheng.problem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Problems extends JpaRepository<Problem, Long>, JpaSpecificationExecutor<Problem> {

    @EntityGraph(attributePaths = {"checkpoint", "checkpoint.district", "checkpoint.category", "responsibleUnit",
        "standard"})
    Optional<Problem> findWithDetailsById(Long id);

    List<Problem> findByInspectionIdOrderById(Long inspectionId);

    List<Problem> findByIdIn(Collection<Long> ids);
}

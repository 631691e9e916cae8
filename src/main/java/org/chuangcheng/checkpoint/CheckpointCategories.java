package org.chuangcheng.checkpoint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckpointCategories extends JpaRepository<CheckpointCategory, Long> {

    List<CheckpointCategory> findAllByOrderBySortOrder();

    Optional<CheckpointCategory> findByCode(String code);
}

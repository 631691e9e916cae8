package org.chuangcheng.task;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEvents extends JpaRepository<TaskEvent, Long> {

    @EntityGraph(attributePaths = {"oldUnit", "newUnit"})
    List<TaskEvent> findByTaskIdOrderByOccurredAtAscIdAsc(Long taskId);
}

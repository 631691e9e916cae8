package org.chuangcheng.task;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReports extends JpaRepository<ProgressReport, Long> {

    @EntityGraph(attributePaths = {"unit", "photos"})
    @Query("select distinct r from ProgressReport r where r.task.id = :taskId order by r.reportedAt desc, r.id desc")
    List<ProgressReport> findByTaskId(Long taskId);

    @Query("""
            select count(r) > 0 from ProgressReport r join r.photos p
            where r.task.id = :taskId and p.id = :attachmentId
            """)
    boolean hasPhoto(Long taskId, Long attachmentId);
}

package org.chuangcheng.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Rewards extends JpaRepository<Reward, Long> {

    boolean existsByReportId(Long reportId);

    Optional<Reward> findByReportId(Long reportId);

    /** What a phone has earned (due or paid) in a month: the cap counts against it. */
    @Query("""
            select coalesce(sum(r.amount), 0) from Reward r
            where r.phone = :phone and r.status <> org.chuangcheng.report.RewardStatus.REFUSED
              and r.dueOn >= :from and r.dueOn < :to
            """)
    BigDecimal earned(String phone, LocalDate from, LocalDate to);

    @EntityGraph(attributePaths = {"report", "report.category"})
    @Query("select r from Reward r where (:status is null or r.status = :status) order by r.dueOn desc, r.id desc")
    Page<Reward> search(RewardStatus status, Pageable pageable);

    @EntityGraph(attributePaths = {"report", "report.category"})
    List<Reward> findByStatusOrderByDueOnAscIdAsc(RewardStatus status);
}

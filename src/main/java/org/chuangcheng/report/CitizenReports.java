package org.chuangcheng.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chuangcheng.organization.UnitType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface CitizenReports extends JpaRepository<CitizenReport, Long> {

    @EntityGraph(attributePaths = {"category"})
    Optional<CitizenReport> findByTicket(String ticket);

    @EntityGraph(attributePaths = {"category", "duplicateOf"})
    Optional<CitizenReport> findWithCategoryById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CitizenReport r where r.id = :id")
    Optional<CitizenReport> lockById(Long id);

    boolean existsByTicket(String ticket);

    long countByClientAddressAndSubmittedAtAfter(String clientAddress, Instant after);

    /**
     * The office's list ({@link ReportFilter}); {@code statuses} is every status when no stage is asked for, and
     * {@code narrowed} false when no district, unit type or unit is. The problem is read by its entity name: the
     * report holds only its id.
     */
    @EntityGraph(attributePaths = {"category"})
    @Query("""
            select r from CitizenReport r
            where (:status is null or r.status = :status)
              and (:categoryId is null or r.category.id = :categoryId)
              and r.submittedAt >= :start and r.submittedAt < :end
              and r.status in :statuses
              and (:narrowed = false or exists (
                   select 1 from Problem p where p.id = r.problemId
                      and (:districtId is null or p.checkpoint.district.id = :districtId)
                      and (:unitType is null or p.responsibleUnit.type = :unitType)
                      and (:unitId is null or p.responsibleUnit.id = :unitId)))
            order by r.submittedAt desc, r.id desc
            """)
    Page<CitizenReport> search(ReportStatus status, Long categoryId, Instant start, Instant end,
            java.util.Collection<ReportStatus> statuses, boolean narrowed, Long districtId, UnitType unitType,
            Long unitId, Pageable pageable);

    /** Candidates for "the same scene": same category, recent, not refused. */
    @Query("""
            select r from CitizenReport r
            where r.category.id = :categoryId and r.id <> :id and r.submittedAt >= :since and r.submittedAt <= :until
              and r.status not in (org.chuangcheng.report.ReportStatus.REJECTED, org.chuangcheng.report.ReportStatus.MERGED)
            order by r.submittedAt, r.id
            """)
    List<CitizenReport> sameCategoryBetween(Long categoryId, Long id, Instant since, Instant until, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<CitizenReport> findByProblemIdOrderById(Long problemId);

    List<CitizenReport> findByDuplicateOfId(Long reportId);

    @EntityGraph(attributePaths = {"category"})
    @Query("""
            select r from CitizenReport r
            where r.status in (org.chuangcheng.report.ReportStatus.RESOLVED, org.chuangcheng.report.ReportStatus.REPLIED)
            order by r.resolvedAt desc, r.id desc
            """)
    List<CitizenReport> recentlyResolved(Limit limit);

    /** Open311's GET requests: every filter optional ({@code any...} false when it is not given). */
    @EntityGraph(attributePaths = {"category"})
    @Query("""
            select r from CitizenReport r
            where (:anyTicket = false or r.ticket in :tickets)
              and (:anyCode = false or r.category.serviceCode in :codes)
              and (:anyStatus = false or r.status in :statuses)
              and r.submittedAt >= :from and r.submittedAt < :to
            order by r.submittedAt desc, r.id desc
            """)
    List<CitizenReport> open311(boolean anyTicket, java.util.Collection<String> tickets, boolean anyCode,
            java.util.Collection<String> codes, boolean anyStatus, java.util.Collection<ReportStatus> statuses,
            Instant from, Instant to, Limit limit);

    @Query("select count(r) from CitizenReport r where r.status = :status")
    long countByStatus(ReportStatus status);
}

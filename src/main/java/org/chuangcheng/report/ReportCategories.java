package org.chuangcheng.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCategories extends JpaRepository<ReportCategory, Long> {

    List<ReportCategory> findAllByOrderBySortOrderAscIdAsc();

    List<ReportCategory> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<ReportCategory> findByServiceCode(String serviceCode);

    boolean existsByName(String name);
}

package org.chuangcheng.problem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReturnReasons extends JpaRepository<ReturnReason, Long> {

    List<ReturnReason> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByTextIgnoreCase(String text);

    @Query("select coalesce(max(r.sortOrder), 0) from ReturnReason r")
    int maxSortOrder();
}

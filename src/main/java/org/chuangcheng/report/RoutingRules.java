package org.chuangcheng.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutingRules extends JpaRepository<RoutingRule, Long> {

    Optional<RoutingRule> findByCategoryIdAndDistrictId(Long categoryId, Long districtId);

    List<RoutingRule> findAllByOrderByCategoryIdAscDistrictIdAsc();
}

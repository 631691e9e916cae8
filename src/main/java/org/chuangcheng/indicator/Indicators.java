package org.chuangcheng.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Indicators extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderByLevelAscSortOrderAsc();

    Optional<Indicator> findByCode(String code);

    Optional<Indicator> findFirstByNameZh(String nameZh);
}

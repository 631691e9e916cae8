package org.chuangcheng.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Indicators extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderByLevelAscSortOrderAsc();

    Optional<Indicator> findByCode(String code);

    Optional<Indicator> findFirstByNameZh(String nameZh);

    /** Each short name (alias) with its indicator's id. */
    @Query(value = "select alias, indicator_id from indicator_aliases order by indicator_id, alias", nativeQuery = true)
    List<Object[]> aliasRows();
}

package org.chuangcheng.checkpoint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Standards extends JpaRepository<Standard, Long> {

    /** A category's checklist: its own standards first, then the common ones. */
    @Query("""
            select s from Standard s
            where s.category.id = :categoryId or s.category is null
            order by case when s.category is null then 1 else 0 end, s.sortOrder
            """)
    List<Standard> checklistOf(Long categoryId);

    @Query("select s.category.id, count(s) from Standard s where s.category is not null group by s.category.id")
    List<Object[]> countPerCategory();

    @Query("select s from Standard s where s.category is null order by s.sortOrder")
    List<Standard> common();
}

package org.chuangcheng.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.chuangcheng.shared.AggregateRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Tasks extends AggregateRepository<Task>, JpaSpecificationExecutor<Task> {

    @EntityGraph(attributePaths = {"leadUnit", "workGroup", "indicator", "coUnits", "contributions"})
    @Query("select t from Task t where t.id = :id")
    Optional<Task> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"leadUnit", "workGroup", "indicator", "coUnits"})
    @Query("select distinct t from Task t where t.id in :ids")
    List<Task> findWithDetailsByIdIn(List<Long> ids);

    Optional<Task> findByBookAndCode(String book, String code);

    boolean existsByBook(String book);

    /**
     * Holds a lock on the task book's name until the transaction ends: a second import of the same book
     * waits, then reads what the first committed and finds its rows already imported.
     */
    @Query(nativeQuery = true, value = "select count(*) from (select pg_advisory_xact_lock(hashtextextended('task-book:' || :book, 0))) l")
    long lockBook(String book);

    long countByBook(String book);

    /** A unit and every unit under it (streets of a district, communities of a street). */
    @Query(nativeQuery = true, value = """
            with recursive sub(id) as (
                select id from units where id = :unitId
                union all
                select u.id from units u join sub on u.parent_id = sub.id)
            select id from sub
            """)
    List<Long> unitAndDescendants(Long unitId);

    @Query("select distinct t.book from Task t order by t.book")
    List<String> books();
}

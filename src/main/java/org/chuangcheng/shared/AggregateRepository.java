package org.chuangcheng.shared;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A repository of {@link AggregateRoot}s. Saving is what publishes the events an aggregate registered:
 * {@code save} for a new one, {@link #saveChanges} for one loaded and changed in the current transaction.
 */
@NoRepositoryBean
public interface AggregateRepository<T extends AggregateRoot> extends JpaRepository<T, Long> {

    /**
     * Publishes the events of an aggregate loaded and changed in this transaction; JPA writes its changes
     * when the transaction commits, as for any managed entity. Named save… because that is what makes
     * Spring Data publish an aggregate's events (its event-publishing interceptor looks for save…
     * methods); it does not merge: merging would copy the timeline entries just added, and flushing here
     * would take the row lock long before the commit. An aggregate never saved is simply saved.
     */
    default T saveChanges(T aggregate) {
        return aggregate.isNew() ? save(aggregate) : aggregate;
    }

    /** {@link #saveChanges} for several aggregates; those never saved are saved (persisted) first. */
    default List<T> saveAllChanges(List<T> aggregates) {
        aggregates.stream().filter(AbstractEntity::isNew).forEach(this::save);
        return aggregates;
    }
}

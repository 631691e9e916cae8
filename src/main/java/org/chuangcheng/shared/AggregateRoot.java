package org.chuangcheng.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An entity whose state changes are announced to other features: each guarded step registers a small
 * event record, which Spring Data publishes when the aggregate is saved through its repository (Spring
 * Modulith then persists it for the listeners until they complete). Like Spring Data's
 * {@code AbstractAggregateRoot}, on top of this house's {@link AbstractEntity}.
 */
@MappedSuperclass
public abstract class AggregateRoot extends AbstractEntity {

    @Transient
    private final transient List<Object> domainEvents = new ArrayList<>();

    /** Registers an event to be published on the next save. */
    protected <T> T registerEvent(T event) {
        domainEvents.add(event);
        return event;
    }

    /**
     * Registers an event that names this aggregate before it was ever saved: it is built from the id
     * the database gave, when it is published.
     */
    protected void registerEventOnceSaved(Function<Long, ?> event) {
        domainEvents.add(new OnceSaved(event));
    }

    @DomainEvents
    protected Collection<Object> domainEvents() {
        return domainEvents.stream().map(e -> e instanceof OnceSaved deferred ? deferred.event().apply(getId()) : e)
                .toList();
    }

    @AfterDomainEventPublication
    protected void clearDomainEvents() {
        domainEvents.clear();
    }

    private record OnceSaved(Function<Long, ?> event) {
    }
}

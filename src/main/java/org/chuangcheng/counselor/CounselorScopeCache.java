package org.chuangcheng.counselor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.chuangcheng.shared.CounselorScopes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The units a counselor's groups cover, as security asks for them on each of her requests: kept in memory for
 * {@code app.counselor.scope-lifetime} (default 30 s) rather than walked through the units' tree every time.
 * A change of groups in this instance forgets every kept scope once it commits, so it applies at her next page;
 * another instance, and a unit moved under a covered district, catch up within the lifetime.
 */
@Component
class CounselorScopeCache implements CounselorScopes {

    private record Kept(Set<Long> units, Instant until, long generation) {
    }

    private final CounselorGroups groups;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    /** Raised by every forgetting: a scope read before it is never kept after it. */
    private final AtomicLong generation = new AtomicLong();

    CounselorScopeCache(CounselorGroups groups, Clock clock,
            @Value("${app.counselor.scope-lifetime:PT30S}") Duration lifetime) {
        this.groups = groups;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public Set<Long> unitsCoveredFor(Long accountId) {
        if (accountId == null) {
            return Set.of();
        }
        Instant now = clock.instant();
        long current = generation.get();
        Kept found = kept.get(accountId);
        if (found != null && found.generation() == current && now.isBefore(found.until())) {
            return found.units();
        }
        Set<Long> units = Set.copyOf(groups.unitsCoveredFor(accountId));
        kept.put(accountId, new Kept(units, now.plus(lifetime), current));
        return units;
    }

    /** Forgets every kept scope when the current transaction commits (at once outside a transaction). */
    void forgetAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget();
            }
        });
    }

    private void forget() {
        generation.incrementAndGet();
        kept.clear();
    }
}

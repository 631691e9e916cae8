package org.chuangcheng.system;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the events whose listener failed (a lock timeout, a database hiccup): every few minutes, the
 * publications still incomplete after {@code app.events.retry-after} are handed to their listeners
 * again. Those left over by a stopped application are resubmitted when it starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@RequiredArgsConstructor
class EventPublicationRetry {

    private final IncompleteEventPublications publications;

    @Value("${app.events.retry-after:PT5M}")
    private Duration retryAfter;

    @Scheduled(initialDelayString = "${app.events.retry-every:PT5M}", fixedDelayString = "${app.events.retry-every:PT5M}")
    void resubmitFailed() {
        publications.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}

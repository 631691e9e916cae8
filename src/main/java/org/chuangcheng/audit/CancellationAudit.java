package org.chuangcheng.audit;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemCancelled;
import org.chuangcheng.shared.AuditEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cancellations (作废) for the audit log, from the problem feature's own event: heard synchronously, so the
 * record is part of the cancelling transaction and names the signed-in user.
 */
@Component
@RequiredArgsConstructor
class CancellationAudit {

    private final ApplicationEventPublisher events;

    @EventListener
    void on(ProblemCancelled cancelled) {
        events.publishEvent(AuditEvents.of("", "PROBLEM_CANCELLED", "problem #" + cancelled.problemId(), null));
    }
}

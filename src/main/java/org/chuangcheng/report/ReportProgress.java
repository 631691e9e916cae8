package org.chuangcheng.report;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemCancelled;
import org.chuangcheng.problem.ProblemClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the problems reports were dispatched to, as the problem feature announces them: closed after
 * verification resolves the reports (and earns their rewards); cancelled gives them back to the office.
 * Handling an event twice changes nothing the second time (a resolved report stays resolved, a reward is
 * granted once per report).
 */
@Component
@RequiredArgsConstructor
class ReportProgress {

    private final CitizenReportManagement reports;

    @ApplicationModuleListener
    void on(ProblemClosed event) {
        reports.problemClosed(event.problemId(), event.closedAt());
    }

    @ApplicationModuleListener
    void on(ProblemCancelled event) {
        reports.problemCancelled(event.problemId());
    }
}

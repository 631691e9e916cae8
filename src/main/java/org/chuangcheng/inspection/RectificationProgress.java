package org.chuangcheng.inspection;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemAssigned;
import org.chuangcheng.problem.ProblemCancelled;
import org.chuangcheng.problem.ProblemClosed;
import org.chuangcheng.problem.ProblemManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each inspection's 整改完毕 mark in step with the problems it raised, as the problem feature
 * announces them. Each event only says "look again": the mark is recomputed from the problems under a
 * lock on the inspection, so events handled late, twice or out of order still leave it right.
 */
@Component
@RequiredArgsConstructor
class RectificationProgress {

    private final Inspections inspections;
    private final ProblemManagement problems;

    @ApplicationModuleListener
    void on(ProblemClosed event) {
        settle(event.inspectionId());
    }

    @ApplicationModuleListener
    void on(ProblemCancelled event) {
        settle(event.inspectionId());
    }

    /** A problem added to an inspection already rectified reopens it. */
    @ApplicationModuleListener
    void on(ProblemAssigned event) {
        settle(event.inspectionId());
    }

    private void settle(Long inspectionId) {
        if (inspectionId == null || inspections.lockById(inspectionId).isEmpty()) {
            return;
        }
        inspections.markRectified(inspectionId, problems.settledAt(inspectionId).orElse(null));
    }
}

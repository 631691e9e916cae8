package org.chuangcheng.meeting;

/**
 * Where a decision stands: the status of its task or problem (a message key), whether that is closed, and
 * whether it is past its deadline while open.
 */
public record DecisionProgress(MeetingDecision decision, String statusKey, boolean closed, boolean overdue) {
}

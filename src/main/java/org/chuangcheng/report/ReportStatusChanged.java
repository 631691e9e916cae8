package org.chuangcheng.report;

/**
 * A citizen report moved on (accepted, rejected, merged, dispatched, resolved when its problem closed, replied):
 * the channel's figures, and the handling rate among them, may have changed.
 */
public record ReportStatusChanged(Long reportId, ReportStatus status) {
}

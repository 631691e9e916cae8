package org.chuangcheng.report;

/**
 * A citizen report's life cycle (DOMAIN.md): {@code SUBMITTED} 待审核 → {@code REJECTED} 不予受理, or
 * {@code MERGED} into an earlier report or an open problem of the same scene, or {@code ACCEPTED} 已受理 →
 * {@code DISPATCHED} 已派遣 (a problem with a time limit) → {@code RESOLVED} 已处置 (problem closed) →
 * {@code REPLIED} 已回复.
 */
public enum ReportStatus {
    SUBMITTED, REJECTED, MERGED, ACCEPTED, DISPATCHED, RESOLVED, REPLIED;

    /** Still waiting for the office or the unit: the Open311 "open". */
    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED || this == DISPATCHED;
    }

    public String messageKey() {
        return "report.status." + name();
    }
}

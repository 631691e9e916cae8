package org.chuangcheng.report;

/** Why a report is not taken up (不予受理). */
public enum RejectReason {
    DUPLICATE, INVALID, OUT_OF_SCOPE, OTHER;

    public String messageKey() {
        return "report.rejectReason." + name();
    }
}

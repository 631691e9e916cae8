package org.chuangcheng.report;

/** A reward in the payout ledger: due (应发), paid (已发) or refused with a reason (不予发放). */
public enum RewardStatus {
    DUE, PAID, REFUSED;

    public String messageKey() {
        return "report.reward.status." + name();
    }
}

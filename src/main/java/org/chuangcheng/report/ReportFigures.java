package org.chuangcheng.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.chuangcheng.shared.Ratio;

/**
 * The channel's figures for a period (DOMAIN.md, "citizen reports"). Report counts are of the reports
 * submitted in the period, whatever became of them since; rewards are those that fell due in the period
 * (due or paid, not refused).
 *
 * @param reporters distinct phone numbers among the period's reports (reports without a phone are not counted)
 * @param reports reports submitted
 * @param accepted of those, taken up by the office (not rejected, not merged into another)
 * @param dispatched of those, handed to a unit as a problem
 * @param resolved of those, whose problem was closed after verification
 * @param replied of those, answered
 * @param repliedOnTime of the replied, answered on or before the reply's time limit
 * @param rewardedReporters distinct phones with a reward that fell due in the period
 * @param rewardAmount the total of those rewards
 */
public record ReportFigures(LocalDate from, LocalDate to, long reporters, long reports, long accepted,
        long dispatched, long resolved, long replied, long repliedOnTime, long rewardedReporters,
        BigDecimal rewardAmount) {

    /** Replied on time / replied ("—" when nothing was replied). */
    public Ratio onTimeReplyRate() {
        return Ratio.of(repliedOnTime, replied);
    }

    /** Resolved / dispatched: the channel's component for "citizen-report handling". */
    public Ratio handlingRate() {
        return Ratio.of(resolved, dispatched);
    }
}

package org.chuangcheng.rates;

import org.chuangcheng.shared.Ratio;

/**
 * Every figure of DOMAIN.md "Formulas" for one group of problems (or for all of them).
 *
 * @param assigned problems assigned in the period, cancelled ones excluded (交办问题数)
 * @param withDeadline of those, the ones with a deadline (设定整改期限数)
 * @param closed of {@code withDeadline}, the closed ones (完成整改数)
 * @param due of {@code withDeadline}, those closed or whose deadline day has passed
 * @param onTime of {@code closed}, those whose finally accepted evidence was submitted on or before the deadline
 * @param overdue of {@code withDeadline}, those not closed whose deadline day is before today (逾期)
 * @param reviewed rectifications (evidence) reviewed in the period: accepted or returned
 * @param returned of {@code reviewed}, the returned ones (退回)
 * @param passed standards passed in the latest finished inspection of each checkpoint
 * @param assessed standards assessed (pass or fail; not-applicable excluded) in those inspections
 */
public record Figures(long assigned, long withDeadline, long closed, long due, long onTime, long overdue,
        long reviewed, long returned, long passed, long assessed) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** 整改率 = closed / withDeadline (not closed / assigned). */
    public Ratio rectificationRate() {
        return new Ratio(closed, withDeadline);
    }

    /** 按期整改率 = onTime / due. */
    public Ratio onTimeRate() {
        return new Ratio(onTime, due);
    }

    /** 退回率 = returned / reviewed rectifications. */
    public Ratio returnRate() {
        return new Ratio(returned, reviewed);
    }

    /** 达标率 = passed / assessed, pooled over the checkpoints' latest inspections. */
    public Ratio compliance() {
        return new Ratio(passed, assessed);
    }

    Figures withProblems(long assigned, long withDeadline, long closed, long due, long onTime, long overdue) {
        return new Figures(assigned, withDeadline, closed, due, onTime, overdue, reviewed, returned, passed, assessed);
    }

    Figures withReviews(long reviewed, long returned) {
        return new Figures(assigned, withDeadline, closed, due, onTime, overdue, reviewed, returned, passed, assessed);
    }

    Figures withCompliance(long passed, long assessed) {
        return new Figures(assigned, withDeadline, closed, due, onTime, overdue, reviewed, returned, passed, assessed);
    }
}

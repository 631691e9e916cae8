package org.chuangcheng.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period a dashboard covers and the one it is compared with: a year so far against the same days a year
 * earlier, a month (or a month so far) against the same days of the month before, any other period against
 * the equally long period just before it.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    public DashboardPeriod previous() {
        if (from.getDayOfYear() == 1 && from.getYear() == to.getYear()) {
            return new DashboardPeriod(from.minusYears(1), to.minusYears(1));
        }
        if (from.getDayOfMonth() == 1 && from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            LocalDate start = from.minusMonths(1);
            LocalDate end = to.getDayOfMonth() == to.lengthOfMonth() ? start.withDayOfMonth(start.lengthOfMonth())
                    : to.minusMonths(1);
            return new DashboardPeriod(start, end);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new DashboardPeriod(from.minusDays(days), from.minusDays(1));
    }
}

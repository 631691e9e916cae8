package org.chuangcheng.notification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * When a reminder is due, on the official calendar: pure, so it is tested across the Spring Festival and a
 * 调休 Saturday without a database. Reminders go out on working days only; days overdue count working days.
 */
final class ReminderRules {

    /** A rung of the ladder: the notification to send, and after how many working days overdue. */
    record Rung(NotificationKind kind, int afterWorkingDays) {
    }

    private final Predicate<LocalDate> workingDay;

    ReminderRules(Predicate<LocalDate> workingDay) {
        this.workingDay = workingDay;
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDay.test(day);
    }

    /** Working days after {@code from} up to and including {@code to} ({@code to} after {@code from}). */
    int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                count++;
            }
        }
        return count;
    }

    /** A deadline at most {@code days} working days ahead (today included) that has not passed. */
    boolean isDueSoon(LocalDate deadline, LocalDate today, int days) {
        return !deadline.isBefore(today) && workingDaysAfter(today, deadline) <= days;
    }

    /** Working days since the deadline; 0 while it has not passed (or passed over a weekend only). */
    int workingDaysOverdue(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline) ? workingDaysAfter(deadline, today) : 0;
    }

    /** The rungs reached by a problem overdue since {@code deadline}, lowest first. */
    List<Rung> rungsReached(LocalDate deadline, LocalDate today, EscalationSettings ladder) {
        return rungsReached(workingDaysOverdue(deadline, today), ladder.getLiaisonAfter(), ladder.getHeadAfter(),
                ladder.getOfficeAfter());
    }

    static List<Rung> rungsReached(int overdue, int liaisonAfter, int headAfter, int officeAfter) {
        List<Rung> reached = new ArrayList<>();
        for (Rung rung : List.of(new Rung(NotificationKind.OVERDUE_LIAISON, liaisonAfter),
                new Rung(NotificationKind.OVERDUE_HEAD, headAfter), new Rung(NotificationKind.OVERDUE_OFFICE, officeAfter))) {
            if (overdue >= rung.afterWorkingDays()) {
                reached.add(rung);
            }
        }
        return reached;
    }

    /** Whether {@code today} is a working day among the last {@code days} working days of its month. */
    boolean isMonthClosing(LocalDate today, int days) {
        if (days <= 0 || !workingDay.test(today)) {
            return false;
        }
        LocalDate end = YearMonth.from(today).atEndOfMonth();
        return workingDaysAfter(today, end) < days;
    }

    /** Whether {@code today} is the first working day of its (Monday-based) week: the weekly digest's day. */
    boolean isFirstWorkingDayOfWeek(LocalDate today) {
        if (!workingDay.test(today)) {
            return false;
        }
        for (LocalDate d = today.minusDays(1); d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY; d = d.minusDays(1)) {
            if (workingDay.test(d)) {
                return false;
            }
        }
        return true;
    }
}

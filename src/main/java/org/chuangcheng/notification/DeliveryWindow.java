package org.chuangcheng.notification;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * When a message may leave the application: urgent ones at any time; others only in working hours on a working
 * day of the official calendar, and never in the recipient's quiet hours. Held messages wait, they are not lost.
 */
record DeliveryWindow(LocalTime workFrom, LocalTime workUntil, Predicate<java.time.LocalDate> workingDay) {

    boolean allows(boolean urgent, NotificationPreferences preferences, ZonedDateTime now) {
        if (urgent) {
            return true;
        }
        LocalTime time = now.toLocalTime();
        return workingDay.test(now.toLocalDate()) && !time.isBefore(workFrom) && time.isBefore(workUntil)
                && !preferences.isQuietAt(time);
    }
}

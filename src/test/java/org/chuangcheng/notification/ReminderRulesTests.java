package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chuangcheng.calendar.DayKind;
import org.chuangcheng.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * Reminder arithmetic on the official 2026 calendar around the Spring Festival: 2026-02-15 to 02-23 off,
 * Saturdays 02-14 and 02-28 worked (调休).
 */
class ReminderRulesTests {

    static final WorkingDays CALENDAR = springFestival2026();
    final ReminderRules rules = new ReminderRules(CALENDAR::isWorkingDay);

    static WorkingDays springFestival2026() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            exceptions.put(d, DayKind.HOLIDAY);
        }
        exceptions.put(LocalDate.of(2026, 2, 14), DayKind.WORKDAY);
        exceptions.put(LocalDate.of(2026, 2, 28), DayKind.WORKDAY);
        return new WorkingDays(exceptions);
    }

    static LocalDate feb(int day) {
        return LocalDate.of(2026, 2, day);
    }

    @Test
    void aDeadlineBeforeTheHolidayIsDueSoonElevenCalendarDaysAhead() {
        // 02-13 (Fri) → 02-14 (调休 Saturday) and 02-24 are the two working days left before the 02-24 deadline
        assertThat(rules.isDueSoon(feb(24), feb(13), 2)).isTrue();
        assertThat(rules.isDueSoon(feb(24), feb(12), 2)).isFalse();
        assertThat(rules.isDueSoon(feb(24), feb(24), 2)).isTrue();
        assertThat(rules.isDueSoon(feb(24), feb(25), 2)).as("passed").isFalse();
    }

    @Test
    void overdueCountsTheMakeUpSaturdayAndSkipsTheHoliday() {
        LocalDate deadline = feb(13);
        assertThat(rules.workingDaysOverdue(deadline, feb(14))).as("调休 Saturday").isEqualTo(1);
        assertThat(rules.workingDaysOverdue(deadline, feb(20))).as("still the holiday").isEqualTo(1);
        assertThat(rules.workingDaysOverdue(deadline, feb(24))).isEqualTo(2);
        assertThat(rules.workingDaysOverdue(deadline, feb(25))).isEqualTo(3);
        assertThat(rules.workingDaysOverdue(deadline, feb(27))).isEqualTo(5);
        assertThat(rules.workingDaysOverdue(deadline, feb(13))).as("on the day").isZero();
    }

    @Test
    void theLadderClimbsOnWorkingDaysOnly() {
        assertThat(kinds(rules.rungsReached(feb(13), feb(14), ladder()))).containsExactly(NotificationKind.OVERDUE_LIAISON);
        assertThat(kinds(rules.rungsReached(feb(13), feb(23), ladder()))).containsExactly(NotificationKind.OVERDUE_LIAISON);
        assertThat(kinds(rules.rungsReached(feb(13), feb(25), ladder())))
                .containsExactly(NotificationKind.OVERDUE_LIAISON, NotificationKind.OVERDUE_HEAD);
        assertThat(kinds(rules.rungsReached(feb(13), feb(27), ladder()))).containsExactly(
                NotificationKind.OVERDUE_LIAISON, NotificationKind.OVERDUE_HEAD, NotificationKind.OVERDUE_OFFICE);
        // a Friday deadline is not overdue by a working day on the weekend after it
        assertThat(rules.rungsReached(feb(6), feb(8), ladder())).isEmpty();
    }

    @Test
    void remindersGoOutOnWorkingDaysIncludingTheMakeUpSaturday() {
        assertThat(rules.isWorkingDay(feb(14))).isTrue();
        assertThat(rules.isWorkingDay(feb(18))).isFalse();
        assertThat(rules.isWorkingDay(feb(7))).isFalse();
    }

    @Test
    void theMonthClosesOnItsLastWorkingDaysTheMakeUpSaturdayIncluded() {
        assertThat(rules.isMonthClosing(feb(26), 2)).isFalse();
        assertThat(rules.isMonthClosing(feb(27), 2)).isTrue();
        assertThat(rules.isMonthClosing(feb(28), 2)).isTrue();
        assertThat(rules.isMonthClosing(feb(27), 0)).isFalse();
    }

    @Test
    void theWeeklyDigestGoesOnTheFirstWorkingDayOfTheWeek() {
        assertThat(rules.isFirstWorkingDayOfWeek(feb(9))).isTrue();
        assertThat(rules.isFirstWorkingDayOfWeek(feb(14))).isFalse();
        assertThat(rules.isFirstWorkingDayOfWeek(feb(23))).as("Monday of the holiday").isFalse();
        assertThat(rules.isFirstWorkingDayOfWeek(feb(24))).as("Tuesday after the holiday").isTrue();
    }

    @Test
    void quietHoursWrapPastMidnight() {
        NotificationPreferences p = NotificationPreferences.defaults(1L);
        p.change(null, false, false, java.time.LocalTime.of(22, 0), java.time.LocalTime.of(7, 0), "zh");
        DeliveryWindow window = new DeliveryWindow(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(18, 0),
                CALENDAR::isWorkingDay);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        assertThat(window.allows(false, p, feb(14).atTime(10, 0).atZone(zone))).as("调休 Saturday, 10:00").isTrue();
        assertThat(window.allows(false, p, feb(18).atTime(10, 0).atZone(zone))).as("holiday").isFalse();
        assertThat(window.allows(true, p, feb(18).atTime(23, 0).atZone(zone))).as("urgent").isTrue();
        assertThat(window.allows(false, p, feb(13).atTime(19, 0).atZone(zone))).as("after hours").isFalse();
        p.change(null, false, false, java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 0), "zh");
        assertThat(window.allows(false, p, feb(13).atTime(12, 30).atZone(zone))).as("quiet at lunch").isFalse();
    }

    static EscalationSettings ladder() {
        EscalationSettings settings = new EscalationSettings();
        settings.change(1, 3, 5, 2, 2);
        return settings;
    }

    static List<NotificationKind> kinds(List<ReminderRules.Rung> rungs) {
        return rungs.stream().map(ReminderRules.Rung::kind).toList();
    }
}

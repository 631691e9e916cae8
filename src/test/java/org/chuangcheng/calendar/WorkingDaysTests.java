package org.chuangcheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic on the official 2026 calendar, without a database. */
class WorkingDaysTests {

    static final WorkingDays CALENDAR_2026 = new WorkingDays(calendar2026());

    static Map<LocalDate, DayKind> calendar2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        // Spring Festival: 15–23 February off, Saturday 14 and Saturday 28 February worked
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            days.put(d, DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 2, 14), DayKind.WORKDAY);
        days.put(LocalDate.of(2026, 2, 28), DayKind.WORKDAY);
        // National Day: 1–7 October off, Sunday 20 September and Saturday 10 October worked
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.put(d, DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
        days.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        return days;
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void weekdaysAreWorkedAndWeekendsAreNot() {
        assertThat(CALENDAR_2026.isWorkingDay(date(3, 6))).isTrue();   // Friday
        assertThat(CALENDAR_2026.isWorkingDay(date(3, 7))).isFalse();  // Saturday
        assertThat(CALENDAR_2026.isWorkingDay(date(3, 8))).isFalse();  // Sunday
    }

    @Test
    void holidaysAreOffAndMakeUpDaysAreWorked() {
        assertThat(CALENDAR_2026.isWorkingDay(date(2, 16))).isFalse(); // Monday in the Spring Festival
        assertThat(CALENDAR_2026.isWorkingDay(date(2, 14))).isTrue();  // make-up Saturday
        assertThat(CALENDAR_2026.isWorkingDay(date(2, 28))).isTrue();  // make-up Saturday
    }

    @Test
    void aDeadlineOverTheSpringFestivalSkipsTheHolidayAndCountsTheMakeUpDays() {
        // Friday 13 Feb + 1: Saturday 14 is a make-up working day
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 13), 1)).isEqualTo(date(2, 14));
        // Saturday 14 + 1: nothing is worked until Tuesday 24
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 14), 1)).isEqualTo(date(2, 24));
        // Thursday 12 + 5: 13, 14, 24, 25, 26
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 12), 5)).isEqualTo(date(2, 26));
        // Wednesday 25 + 3: 26, 27, Saturday 28
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 25), 3)).isEqualTo(date(2, 28));
        // assigned during the holiday: the first working day after it
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 18), 1)).isEqualTo(date(2, 24));
    }

    @Test
    void aDeadlineOverNationalDaySkipsTheGoldenWeek() {
        // Wednesday 30 Sep + 1 → Thursday 8 Oct; + 3 → 8, 9, Saturday 10
        assertThat(CALENDAR_2026.addWorkingDays(date(9, 30), 1)).isEqualTo(date(10, 8));
        assertThat(CALENDAR_2026.addWorkingDays(date(9, 30), 3)).isEqualTo(date(10, 10));
        // Friday 18 Sep + 1 → make-up Sunday 20 Sep
        assertThat(CALENDAR_2026.addWorkingDays(date(9, 18), 1)).isEqualTo(date(9, 20));
        // fifteen working days (a serious problem) from Monday 28 Sep: 29, 30, 8, 9, 10, 12..16, 19..23
        assertThat(CALENDAR_2026.addWorkingDays(date(9, 28), 15)).isEqualTo(date(10, 23));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(CALENDAR_2026.addWorkingDays(date(2, 16), 0)).isEqualTo(date(2, 16));
        assertThat(CALENDAR_2026.addWorkingDays(date(3, 7), 0)).isEqualTo(date(3, 7));
    }

    @Test
    void anOrdinaryWeekendIsSkipped() {
        // Friday 6 March + 1 → Monday 9; + 5 → Friday 13
        assertThat(CALENDAR_2026.addWorkingDays(date(3, 6), 1)).isEqualTo(date(3, 9));
        assertThat(CALENDAR_2026.addWorkingDays(date(3, 6), 5)).isEqualTo(date(3, 13));
        // assigned on a Saturday
        assertThat(CALENDAR_2026.addWorkingDays(date(3, 7), 1)).isEqualTo(date(3, 9));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> CALENDAR_2026.addWorkingDays(date(3, 6), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(CALENDAR_2026.workingDaysBetween(date(2, 13), date(2, 24))).isEqualTo(2); // 14, 24
        assertThat(CALENDAR_2026.workingDaysBetween(date(3, 6), date(3, 6))).isZero();
        assertThat(CALENDAR_2026.workingDaysBetween(date(3, 9), date(3, 6))).isEqualTo(-1);
        assertThat(CALENDAR_2026.workingDaysBetween(date(9, 30), date(10, 10))).isEqualTo(3);
    }

    @Test
    void addingAndCountingAgree() {
        LocalDate start = date(1, 5);
        for (int n = 0; n <= 60; n++) {
            assertThat(CALENDAR_2026.workingDaysBetween(start, CALENDAR_2026.addWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLoopingForever() {
        Map<LocalDate, DayKind> allOff = new HashMap<>();
        for (LocalDate d = date(1, 1); d.getYear() < 2037; d = d.plusDays(1)) {
            allOff.put(d, DayKind.HOLIDAY);
        }
        assertThatThrownBy(() -> new WorkingDays(allOff).addWorkingDays(date(1, 1), 1))
                .isInstanceOf(IllegalStateException.class);
    }
}

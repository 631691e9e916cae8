package org.chuangcheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar service on the official data of the V2 migration. */
class WorkingDayCalendarTests extends AbstractIntegrationTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void theSpringFestival2026FromTheMigrationIsUsed() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void theExceptionsOfAYearAreListedInDateOrder() {
        var days = calendar.exceptionsOfYear(2026);
        assertThat(days).hasSize(39);
        assertThat(days.get(0).getDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(days).extracting(CalendarDay::getDay).isSorted();
        assertThat(days).filteredOn(d -> d.getKind() == DayKind.WORKDAY).hasSize(6);
    }

    @Test
    void aNewHolidayChangesDeadlinesAtOnceAndRemovingItRestoresThem() {
        LocalDate monday = LocalDate.of(2093, 3, 2);
        LocalDate friday = monday.minusDays(3);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday);

        calendar.setException(monday, DayKind.HOLIDAY, "测试假日");
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday.plusDays(1));
        assertThat(calendar.exceptionsOfYear(2093)).extracting(CalendarDay::getName).contains("测试假日");

        calendar.removeException(monday);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.exceptionOn(monday)).isEmpty();
    }

    @Test
    void aMakeUpDayIsAWorkedWeekendDay() {
        LocalDate saturday = LocalDate.of(2093, 3, 7);
        calendar.setException(saturday, DayKind.WORKDAY, "测试调休");
        try {
            assertThat(calendar.isWorkingDay(saturday)).isTrue();
            assertThat(calendar.addWorkingDays(saturday.minusDays(1), 1)).isEqualTo(saturday);
        } finally {
            calendar.removeException(saturday);
        }
    }

    @Test
    void aMakeUpDayOnAWeekdayOrWithoutANameIsRefused() {
        assertThatThrownBy(() -> calendar.setException(LocalDate.of(2093, 3, 4), DayKind.WORKDAY, "周三"))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "calendar.workday.notWeekend");
        assertThatThrownBy(() -> calendar.setException(LocalDate.of(2093, 3, 4), DayKind.HOLIDAY, " "))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "calendar.name.required");
        assertThat(calendar.exceptionOn(LocalDate.of(2093, 3, 4))).isEmpty();
    }

    @Test
    void anEntryCanBeMovedToAnotherDay() {
        LocalDate from = LocalDate.of(2094, 5, 4);
        LocalDate to = LocalDate.of(2094, 5, 5);
        calendar.setException(from, DayKind.HOLIDAY, "劳动节");
        calendar.changeException(from, to, DayKind.HOLIDAY, "劳动节补休");
        assertThat(calendar.exceptionOn(from)).isEmpty();
        assertThat(calendar.exceptionOn(to)).get().extracting(CalendarDay::getName).isEqualTo("劳动节补休");
        calendar.removeException(to);
    }
}

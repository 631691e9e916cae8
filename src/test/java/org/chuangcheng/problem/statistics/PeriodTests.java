package org.chuangcheng.problem.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chuangcheng.problem.statistics.StatisticsQueries.Days;
import org.chuangcheng.problem.statistics.StatisticsQueries.Period;
import org.junit.jupiter.api.Test;

/** A period is read as its whole months (maintained rows) plus the days around them (raw rows). */
class PeriodTests {

    @Test
    void wholeMonthsNeedNoRawDays() {
        Period p = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(p.hasWholeMonths()).isTrue();
        assertThat(p.firstMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.lastMonth()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.edges()).isEmpty();
    }

    @Test
    void partialFirstAndLastMonthsAreReadDayByDay() {
        Period p = Period.of(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 10));
        assertThat(p.firstMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.lastMonth()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 31)),
                new Days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)));
    }

    @Test
    void aPeriodWithinOneMonthIsAllRawDays() {
        Period p = Period.of(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27));
        assertThat(p.hasWholeMonths()).isFalse();
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27)));
    }

    @Test
    void aYearSoFarIsElevenMonthsAndTheDaysOfThisOne() {
        Period p = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1));
        assertThat(p.firstMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.lastMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void weeksAreReadWholeFromMondayToSundayAndTheDaysAroundThemRaw() {
        // Wednesday 2026-03-04 to Tuesday 2026-03-24: whole weeks from Monday 9th to Sunday 22nd
        Period p = Period.ofWeeks(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 24));
        assertThat(p.firstMonth()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(p.lastMonth()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)),
                new Days(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24)));
    }

    @Test
    void aPeriodOfWholeWeeksNeedsNoRawDaysAndAShorterOneIsAllRaw() {
        Period whole = Period.ofWeeks(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15));
        assertThat(whole.edges()).isEmpty();
        assertThat(whole.lastMonth()).isEqualTo(LocalDate.of(2026, 3, 9));
        Period inside = Period.ofWeeks(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 8));
        assertThat(inside.hasWholeMonths()).isFalse();
        assertThat(inside.edges()).containsExactly(new Days(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 8)));
    }
}

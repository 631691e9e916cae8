package org.chuangcheng.problem.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chuangcheng.problem.statistics.StatisticsQueries.Days;
import org.chuangcheng.problem.statistics.StatisticsQueries.Partial;
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
    @Test
    void thisMonthSoFarIsReadAsItsCountersLessTheDaysToCome() {
        Partial december = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)).partials().get(0);
        assertThat(december.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(december.excluded()).containsExactly(new Days(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31)));
        assertThat(december.countedLessExcluded(LocalDate.of(2026, 12, 1))).isTrue();
        // the same day read a month later: 30 days to take away against 1 to add, so the raw day
        assertThat(december.countedLessExcluded(LocalDate.of(2027, 1, 5))).isFalse();
    }

    @Test
    void aMonthMissingAFewDaysIsItsCountersLessThoseDays() {
        Partial february = Period.of(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27)).partials().get(0);
        assertThat(february.excluded()).containsExactly(new Days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2)),
                new Days(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
        assertThat(february.countedLessExcluded(LocalDate.of(2026, 6, 1))).isTrue();
        Partial fewDays = Period.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)).partials().get(0);
        assertThat(fewDays.countedLessExcluded(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void twoPartialMonthsWithoutAWholeOneAreReadApart() {
        Period p = Period.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1));
        assertThat(p.partials()).extracting(Partial::included).containsExactly(
                new Days(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)),
                new Days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
        assertThat(p.partials().get(1).excluded()).containsExactly(
                new Days(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31)));
    }
}

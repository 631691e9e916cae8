package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Default deadlines across the 2026 Spring Festival: 2026-02-15..23 off, Saturday 2026-02-14 and
 * Saturday 2026-02-28 worked (调休), on the official calendar loaded from the reference data.
 */
class DeadlinePolicyTests extends AbstractIntegrationTests {

    static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 2, 13);

    @Autowired
    DeadlinePolicy policy;

    @Test
    void fixAtOnceIsTheNextWorkingDayEvenAMakeUpSaturday() {
        assertThat(policy.defaultDeadline(ProblemSeverity.IMMEDIATE, FRIDAY_BEFORE)).isEqualTo("2026-02-14");
        // from the make-up Saturday the next working day is after the whole holiday
        assertThat(policy.defaultDeadline(ProblemSeverity.IMMEDIATE, LocalDate.of(2026, 2, 14))).isEqualTo("2026-02-24");
        // assigned during the holiday: counted from the holiday day
        assertThat(policy.defaultDeadline(ProblemSeverity.IMMEDIATE, LocalDate.of(2026, 2, 18))).isEqualTo("2026-02-24");
    }

    @Test
    void generalSkipsTheWholeHoliday() {
        // 14 (Sat, worked), then 24, 25, 26, 27
        assertThat(policy.defaultDeadline(ProblemSeverity.GENERAL, FRIDAY_BEFORE)).isEqualTo("2026-02-27");
        // 24..27, then the make-up Saturday 28
        assertThat(policy.defaultDeadline(ProblemSeverity.GENERAL, LocalDate.of(2026, 2, 20))).isEqualTo("2026-02-28");
    }

    @Test
    void majorCountsFifteenWorkingDaysIncludingBothMakeUpSaturdays() {
        // 14, 24, 25, 26, 27, 28 (Sat, worked), Mar 2, 3, 4, 5, 6, 9, 10, 11, 12
        assertThat(policy.defaultDeadline(ProblemSeverity.MAJOR, FRIDAY_BEFORE)).isEqualTo("2026-03-12");
    }

    @Test
    void longTermHasNoDeadline() {
        assertThat(policy.defaultDeadline(ProblemSeverity.LONG_TERM, FRIDAY_BEFORE)).isNull();
        assertThat(policy.workingDays(ProblemSeverity.LONG_TERM)).isEmpty();
    }

    @Test
    void theClassesAreOneFiveAndFifteenWorkingDaysByDefault() {
        assertThat(policy.workingDays(ProblemSeverity.IMMEDIATE)).hasValue(1);
        assertThat(policy.workingDays(ProblemSeverity.GENERAL)).hasValue(5);
        assertThat(policy.workingDays(ProblemSeverity.MAJOR)).hasValue(15);
    }
}

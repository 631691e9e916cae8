package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Who has not visited yet is pointed out from the 20th of the month, in the campaign's time zone. */
class VisitReminderTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static VisitCompliance on(LocalDate day) {
        return new VisitCompliance(null, Clock.fixed(day.atStartOfDay(SHANGHAI).toInstant(), SHANGHAI), 20);
    }

    @Test
    void remindersStartOnThe20thAndLastToTheMonthsEnd() {
        assertThat(on(LocalDate.of(2026, 12, 19)).remindersDue()).isFalse();
        assertThat(on(LocalDate.of(2026, 12, 20)).remindersDue()).isTrue();
        assertThat(on(LocalDate.of(2026, 12, 31)).remindersDue()).isTrue();
        assertThat(on(LocalDate.of(2027, 1, 1)).remindersDue()).isFalse();
        assertThat(on(LocalDate.of(2027, 1, 1)).currentMonth()).isEqualTo(YearMonth.of(2027, 1));
    }
}

package org.chuangcheng.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a step happens: the instant for the record and the calendar day in the campaign's time zone,
 * which deadlines and the on-time rule compare. Passed in, so that rules never read a clock themselves.
 */
public record Moment(Instant at, LocalDate day) {

    public static Moment now(Clock clock) {
        return new Moment(clock.instant(), LocalDate.now(clock));
    }
}

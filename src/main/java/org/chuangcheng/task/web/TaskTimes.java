package org.chuangcheng.task.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments shown in the campaign's time zone, not the server's: {@code ${@taskTimes.format(instant)}}. */
@Component("taskTimes")
class TaskTimes {

    private final DateTimeFormatter formatter;

    TaskTimes(Clock clock) {
        this.formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    public String format(Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }
}

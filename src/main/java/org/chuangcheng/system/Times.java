package org.chuangcheng.system;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Instants as the campaign's users read them, in its time zone, for every template: {@code ${@times.minute(x)}}. */
@Component("times")
@RequiredArgsConstructor
class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Clock clock;

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(clock.getZone()));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(clock.getZone()));
    }
}

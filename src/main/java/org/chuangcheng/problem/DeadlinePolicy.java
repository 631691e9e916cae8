package org.chuangcheng.problem;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Default deadlines by severity class, counted in working days on the official calendar: assigned on
 * day D with N working days → the N-th working day after D. The number of days per class is configurable
 * ({@code app.deadlines.immediate|general|major}); a long-term problem has none.
 */
@Component
public class DeadlinePolicy {

    private final WorkingDayCalendar calendar;
    private final Map<ProblemSeverity, Integer> workingDays = new EnumMap<>(ProblemSeverity.class);

    DeadlinePolicy(WorkingDayCalendar calendar,
            @Value("${app.deadlines.immediate:1}") int immediate,
            @Value("${app.deadlines.general:5}") int general,
            @Value("${app.deadlines.major:15}") int major) {
        this.calendar = calendar;
        workingDays.put(ProblemSeverity.IMMEDIATE, immediate);
        workingDays.put(ProblemSeverity.GENERAL, general);
        workingDays.put(ProblemSeverity.MAJOR, major);
    }

    /** Working days the class allows, or empty for a long-term problem. */
    public OptionalInt workingDays(ProblemSeverity severity) {
        Integer days = workingDays.get(severity);
        return days == null ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /** The default deadline of a problem of this class assigned on {@code assignedOn}, or null for long-term. */
    public LocalDate defaultDeadline(ProblemSeverity severity, LocalDate assignedOn) {
        OptionalInt days = workingDays(severity);
        return days.isPresent() ? calendar.addWorkingDays(assignedOn, days.getAsInt()) : null;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** Two working days or fewer left, and not past. */
    public boolean isDueSoon(LocalDate deadline) {
        return deadline != null && calendar.isDueSoon(deadline);
    }

    /**
     * The first deadline that is no longer due soon: a deadline before it (and not before today) is due
     * soon. Lets a query express {@link WorkingDayCalendar#isDueSoon}.
     */
    LocalDate dueSoonLimit() {
        return calendar.addWorkingDays(today(), WorkingDayCalendar.DUE_SOON_WORKING_DAYS + 1);
    }
}

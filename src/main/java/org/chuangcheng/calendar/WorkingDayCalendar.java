package org.chuangcheng.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official calendar as the application uses it: is a day worked, what is the deadline N working
 * days from now. The handful of exceptions per year are kept in memory and reloaded when they change, so the
 * questions asked on every page (today, working day, deadlines) run without a transaction.
 */
@Service
@RequiredArgsConstructor
public class WorkingDayCalendar {

    /** Two working days or fewer left: due soon (DOMAIN.md). */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private final CalendarDays days;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile WorkingDays workingDays;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    /** The n-th working day after {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return current().addWorkingDays(start, n);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    /** Whether a deadline is today or within {@link #DUE_SOON_WORKING_DAYS} working days, and not past. */
    public boolean isDueSoon(LocalDate deadline) {
        LocalDate today = today();
        return !deadline.isBefore(today) && workingDaysBetween(today, deadline) <= DUE_SOON_WORKING_DAYS;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> exceptionsOfYear(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The exception recorded for a day, if any. */
    @Transactional(readOnly = true)
    public Optional<CalendarDay> exceptionOn(LocalDate day) {
        return days.findById(day);
    }

    /**
     * An administrator records a holiday or a make-up working day (later years' notices), replacing
     * what was recorded for that day. A make-up working day is always a Saturday or Sunday: a weekday
     * is worked anyway, so such an entry would be a typing mistake.
     */
    @Transactional
    public CalendarDay setException(LocalDate day, DayKind kind, String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("calendar.name.required").concerning("name");
        }
        if (kind == DayKind.WORKDAY && !isWeekend(day)) {
            throw new BusinessRuleException("calendar.workday.notWeekend").concerning("day");
        }
        Optional<CalendarDay> existing = days.findById(day);
        CalendarDay saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.change(kind, name.trim());
        } else {
            saved = days.save(new CalendarDay(day, kind, name.trim()));
        }
        workingDays = null;
        events.publishEvent(AuditEvents.of("", "CALENDAR_CHANGED", day, kind + " " + name.trim()));
        return saved;
    }

    /** Corrects an entry, possibly moving it to another day, in one step. */
    @Transactional
    public CalendarDay changeException(LocalDate originalDay, LocalDate day, DayKind kind, String name) {
        CalendarDay saved = setException(day, kind, name);
        if (!originalDay.equals(day)) {
            days.deleteById(originalDay);
        }
        workingDays = null;
        return saved;
    }

    /**
     * Corrects an entry as it was read ({@code expectedVersion}): when another administrator changed or
     * removed it in between, nothing is saved and an optimistic-locking conflict (409) is raised.
     */
    @Transactional
    public CalendarDay changeException(LocalDate originalDay, long expectedVersion, LocalDate day, DayKind kind,
            String name) {
        CalendarDay original = days.findById(originalDay).orElseThrow(
                () -> new ObjectOptimisticLockingFailureException(CalendarDay.class, originalDay));
        if (original.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CalendarDay.class, originalDay);
        }
        return changeException(originalDay, day, kind, name);
    }

    /** Removes a day's exception: the day follows the ordinary week again. */
    @Transactional
    public void removeException(LocalDate day) {
        days.deleteById(day);
        workingDays = null;
        events.publishEvent(AuditEvents.of("", "CALENDAR_DELETED", day, null));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private WorkingDays current() {
        WorkingDays snapshot = workingDays;
        if (snapshot == null) {
            Map<LocalDate, DayKind> map = days.findAllByOrderByDay().stream()
                    .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind));
            snapshot = new WorkingDays(map);
            workingDays = snapshot;
        }
        return snapshot;
    }
}

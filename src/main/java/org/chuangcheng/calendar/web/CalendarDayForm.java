package org.chuangcheng.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.calendar.CalendarDay;
import org.chuangcheng.calendar.DayKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A holiday or make-up working day as the administrator types it. */
@Getter
@Setter
class CalendarDayForm {

    /** The day being edited; empty for a new entry. Moving an entry to another day replaces it. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate originalDay;

    /** The version of the entry as read, so that a concurrent change is a conflict. */
    private long version;

    @NotNull(message = "{validation.notNull}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull(message = "{validation.notNull}")
    private DayKind kind;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 50, message = "{validation.maxSize}")
    private String name;

    public boolean isNew() {
        return originalDay == null;
    }

    static CalendarDayForm of(CalendarDay day) {
        CalendarDayForm form = new CalendarDayForm();
        form.originalDay = day.getDay();
        form.day = day.getDay();
        form.version = day.getVersion();
        form.kind = day.getKind();
        form.name = day.getName();
        return form;
    }
}

package org.chuangcheng.calendar.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.calendar.CalendarDay;
import org.chuangcheng.calendar.DayKind;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the official holidays and make-up working days (调休) up to date, year by year. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class CalendarController {

    private static final String FORM = "calendar/form";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final WorkingDayCalendar calendar;

    @ModelAttribute("kinds")
    DayKind[] kinds() {
        return DayKind.values();
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? calendar.today().getYear() : Math.max(MIN_YEAR, Math.min(MAX_YEAR, year));
        List<CalendarDay> days = calendar.exceptionsOfYear(shown);
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("holidays", days.stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count());
        model.addAttribute("workdays", days.stream().filter(d -> d.getKind() == DayKind.WORKDAY).count());
        return "calendar/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        CalendarDayForm form = new CalendarDayForm();
        form.setKind(DayKind.HOLIDAY);
        if (year != null && year >= MIN_YEAR && year <= MAX_YEAR && year != calendar.today().getYear()) {
            form.setDay(LocalDate.of(year, 1, 1));
        }
        model.addAttribute("calendarDayForm", form);
        return FORM;
    }

    @GetMapping("/{day}/edit")
    String editForm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        CalendarDay entry = calendar.exceptionOn(day).orElseThrow(() -> new NotFoundException("calendar day", day));
        model.addAttribute("calendarDayForm", CalendarDayForm.of(entry));
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("calendarDayForm") CalendarDayForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (form.getDay() != null && (form.getDay().getYear() < MIN_YEAR || form.getDay().getYear() > MAX_YEAR)) {
            result.rejectValue("day", "calendar.day.outOfRange");
        }
        boolean movesOrCreates = form.isNew() || (form.getDay() != null && !form.getDay().equals(form.getOriginalDay()));
        if (!result.hasFieldErrors("day") && movesOrCreates && calendar.exceptionOn(form.getDay()).isPresent()) {
            result.rejectValue("day", "calendar.day.taken");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            if (form.isNew()) {
                calendar.setException(form.getDay(), form.getKind(), form.getName());
            } else {
                calendar.changeException(form.getOriginalDay(), form.getVersion(), form.getDay(), form.getKind(),
                        form.getName());
            }
        } catch (BusinessRuleException e) {
            FormErrors.show(result, e);
            return FORM;
        }
        redirect.addFlashAttribute("success", "calendar.saved");
        return "redirect:/admin/calendar?year=" + form.getDay().getYear();
    }

    @PostMapping("/{day}/delete")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        calendar.exceptionOn(day).orElseThrow(() -> new NotFoundException("calendar day", day));
        calendar.removeException(day);
        redirect.addFlashAttribute("success", "calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}

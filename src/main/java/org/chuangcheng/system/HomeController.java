package org.chuangcheng.system;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and each role's home page. */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final WorkingDayCalendar calendar;
    private final UnitDirectory units;

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        LocalDate today = calendar.today();
        model.addAttribute("actor", actor);
        model.addAttribute("unitName", actor.unitId() == null ? null : units.nameOf(actor.unitId()).orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("workingDay", calendar.isWorkingDay(today));
        return "home";
    }
}

package org.chuangcheng.problem.statistics.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.statistics.StatisticsMaintenance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of the maintained statistics, with the button that rebuilds them from the raw rows. */
@Controller
@RequestMapping("/admin/statistics")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class StatisticsController {

    private final StatisticsMaintenance maintenance;

    @GetMapping
    String show(Model model) {
        model.addAttribute("summary", maintenance.summary());
        return "problem/statistics";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect) {
        maintenance.rebuild();
        redirect.addFlashAttribute("success", "statistics.rebuilt");
        return "redirect:/admin/statistics";
    }
}

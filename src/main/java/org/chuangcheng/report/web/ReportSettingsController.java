package org.chuangcheng.report.web;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.report.CitizenReportManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office keeps the categories (time limits, rewards) and the routing rules (category + district → unit). */
@Controller
@RequestMapping("/reports/settings")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN','LEADER')")
@RequiredArgsConstructor
class ReportSettingsController {

    private static final String BACK = "redirect:/reports/settings";

    private final CitizenReportManagement reports;
    private final UnitManagement units;

    @GetMapping
    String settings(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("categories", reports.allCategories());
        model.addAttribute("rules", reports.routingRules(actor));
        model.addAttribute("districts", units.districts());
        model.addAttribute("units", units.activeUnits());
        model.addAttribute("office", actor.is(org.chuangcheng.shared.Role.OFFICE));
        return "report/settings";
    }

    @PostMapping("/categories/{id}")
    @PreAuthorize("hasRole('OFFICE')")
    String change(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "0") int handlingDays,
            @RequestParam(defaultValue = "0") int replyDays, @RequestParam(required = false) BigDecimal rewardAmount,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return act(redirect, () -> reports.changeCategory(CurrentActor.get(), id, version, handlingDays, replyDays,
                rewardAmount, active));
    }

    @PostMapping("/categories")
    @PreAuthorize("hasRole('OFFICE')")
    String add(@RequestParam(required = false) String name, @RequestParam(required = false) String serviceCode,
            @RequestParam(defaultValue = "0") int handlingDays, @RequestParam(defaultValue = "0") int replyDays,
            @RequestParam(required = false) BigDecimal rewardAmount, RedirectAttributes redirect) {
        return act(redirect, () -> reports.addCategory(CurrentActor.get(), name, serviceCode, handlingDays, replyDays,
                rewardAmount));
    }

    @PostMapping("/rules")
    @PreAuthorize("hasRole('OFFICE')")
    String rule(@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        return act(redirect, () -> reports.setRule(CurrentActor.get(), categoryId, districtId, unitId));
    }

    @PostMapping("/rules/{id}/delete")
    @PreAuthorize("hasRole('OFFICE')")
    String deleteRule(@PathVariable Long id, RedirectAttributes redirect) {
        return act(redirect, () -> reports.deleteRule(CurrentActor.get(), id));
    }

    private static String act(RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("success", "report.settings.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return BACK;
    }
}

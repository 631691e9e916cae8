package org.chuangcheng.task.web;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.task.TaskManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工程监理: the supervisor's list of tasks whose reported quantity she confirms or corrects, and the office's
 * switch that makes a task require it.
 */
@Controller
@RequiredArgsConstructor
class SupervisionController {

    private final TaskManagement tasks;

    @GetMapping("/supervision")
    @PreAuthorize("hasAnyRole('SUPERVISOR','OFFICE','ADMIN')")
    String list(Model model) {
        return page(CurrentActor.get(), model);
    }

    @PostMapping("/tasks/{id}/confirm-quantity")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String confirm(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            tasks.confirmQuantity(actor, id, version, parse(quantity), reason);
        } catch (BusinessRuleException e) {
            model.addAttribute("errorTaskId", id);
            model.addAttribute("error", e);
            model.addAttribute("enteredQuantity", quantity);
            model.addAttribute("enteredReason", reason);
            return page(actor, model);
        }
        redirect.addFlashAttribute("success", "task.supervision.confirmed");
        return "redirect:/supervision";
    }

    @PostMapping("/tasks/{id}/require-confirmation")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String require(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "false") boolean required,
            RedirectAttributes redirect) {
        tasks.requireConfirmation(CurrentActor.get(), id, version, required);
        redirect.addFlashAttribute("success", required ? "task.supervision.required" : "task.supervision.notRequired");
        return "redirect:/tasks/" + id;
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("tasks", tasks.supervised(actor));
        model.addAttribute("maySupervise", actor.hasAnyRole("SUPERVISOR"));
        return "task/supervision";
    }

    /** A figure as typed, or a rule broken next to the quantity field. */
    private static BigDecimal parse(String quantity) {
        if (quantity == null || quantity.isBlank()) {
            throw new BusinessRuleException("task.rule.quantityNegative").concerning("quantity");
        }
        try {
            return new BigDecimal(quantity.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("validation.number").concerning("quantity");
        }
    }
}

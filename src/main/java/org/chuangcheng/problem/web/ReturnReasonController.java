package org.chuangcheng.problem.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ReturnReasonCatalog;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office keeps its standard return reasons (退回原因) here; the verification form offers them. */
@Controller
@RequestMapping("/problems/return-reasons")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
@RequiredArgsConstructor
class ReturnReasonController {

    private final ReturnReasonCatalog reasons;

    @GetMapping
    String list(Model model) {
        model.addAttribute("reasons", reasons.all());
        return "problem/return-reasons";
    }

    @PostMapping
    String add(@RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            reasons.add(CurrentActor.get(), text);
            redirect.addFlashAttribute("success", "problem.returnReason.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("reasonFailure", e.getMessageKey());
            redirect.addFlashAttribute("reasonArguments", e.getArguments());
            redirect.addFlashAttribute("typed", text);
        }
        return "redirect:/problems/return-reasons";
    }

    @PostMapping("/delete")
    String remove(@RequestParam(required = false) Long reasonId, RedirectAttributes redirect) {
        if (reasonId != null) {
            reasons.remove(CurrentActor.get(), reasonId);
            redirect.addFlashAttribute("success", "problem.returnReason.removed");
        }
        return "redirect:/problems/return-reasons";
    }
}

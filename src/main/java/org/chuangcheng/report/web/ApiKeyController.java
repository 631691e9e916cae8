package org.chuangcheng.report.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.report.ApiKeyManagement;
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

/** Administrators issue Open311 keys (shown once) and revoke them. */
@Controller
@RequestMapping("/admin/open311-keys")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class ApiKeyController {

    private final ApiKeyManagement keys;

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", keys.all(CurrentActor.get()));
        return "report/api-keys";
    }

    @PostMapping
    String issue(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            ApiKeyManagement.Issued issued = keys.issue(CurrentActor.get(), name);
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("success", "report.apiKey.issued");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/admin/open311-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, RedirectAttributes redirect) {
        keys.revoke(CurrentActor.get(), id);
        redirect.addFlashAttribute("success", "report.apiKey.revoked");
        return "redirect:/admin/open311-keys";
    }
}

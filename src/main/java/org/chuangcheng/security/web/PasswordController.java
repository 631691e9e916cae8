package org.chuangcheng.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes her own password here. */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

    private static final String VIEW = "security/password";

    private final AccountManagement accounts;

    /** An officer created from the environment is here because she must choose her own password first. */
    @ModelAttribute("changeRequired")
    boolean changeRequired(HttpServletRequest request) {
        return org.chuangcheng.security.PasswordChangeGate.isMarked(request);
    }

    @GetMapping
    String form(@ModelAttribute("passwordForm") PasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            RedirectAttributes redirect, HttpServletRequest request) {
        if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
            result.rejectValue("currentPassword", "validation.notBlank");
        }
        if (form.repeatDiffers()) {
            result.rejectValue("repeatPassword", "password.repeat.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(CurrentActor.get().accountId(), form.getCurrentPassword(),
                    form.getNewPassword(), request.getRemoteAddr());
        } catch (BusinessRuleException e) {
            FormErrors.show(result, e);
            return VIEW;
        }
        org.chuangcheng.security.PasswordChangeGate.satisfied(request);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}

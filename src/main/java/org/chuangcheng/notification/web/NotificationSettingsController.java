package org.chuangcheng.notification.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person's channels and quiet hours ({@code /notifications/preferences}, her own only), and the escalation
 * ladder the office or an administrator sets ({@code /notifications/settings}).
 */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationSettingsController {

    private final NotificationManagement notifications;

    @GetMapping("/preferences")
    String preferences(Model model) {
        model.addAttribute("form", PreferencesForm.of(notifications.preferences(CurrentActor.get())));
        return preferencesPage(model);
    }

    @PostMapping("/preferences")
    String savePreferences(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return preferencesPage(model);
        }
        try {
            notifications.changePreferences(CurrentActor.get(), form.getVersion(), form.getEmail(), form.isByEmail(),
                    form.isByWebhook(), form.getQuietFrom(), form.getQuietUntil(), form.getLanguage());
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return preferencesPage(model);
        }
        redirect.addFlashAttribute("success", "notification.preferences.saved");
        return "redirect:/notifications/preferences";
    }

    private String preferencesPage(Model model) {
        model.addAttribute("channels", notifications.enabledChannels());
        model.addAttribute("languages", org.chuangcheng.notification.NotificationPreferences.LANGUAGES);
        return "notification/preferences";
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String settings(Model model) {
        model.addAttribute("form", LadderForm.of(notifications.settings()));
        return "notification/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String saveSettings(@Valid @ModelAttribute("form") LadderForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "notification/settings";
        }
        try {
            notifications.changeSettings(CurrentActor.get(), form.getVersion(), form.getLiaisonAfter(),
                    form.getHeadAfter(), form.getOfficeAfter(), form.getDueSoonDays(), form.getMonthClosingDays());
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return "notification/settings";
        }
        redirect.addFlashAttribute("success", "notification.settings.saved");
        return "redirect:/notifications/settings";
    }
}

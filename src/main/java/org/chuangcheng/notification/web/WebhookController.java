package org.chuangcheng.notification.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.notification.WebhookFormat;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.UnitDirectory;
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

/** The units' group robots (WeCom, DingTalk) and webhooks: the office or an administrator sets them. */
@Controller
@RequestMapping("/notifications/webhooks")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
@RequiredArgsConstructor
class WebhookController {

    private final NotificationManagement notifications;
    private final UnitDirectory units;

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, Model model) {
        WebhookForm form = unitId == null ? new WebhookForm()
                : notifications.unitWebhook(unitId).map(WebhookForm::of).orElseGet(() -> {
                    WebhookForm fresh = new WebhookForm();
                    fresh.setUnitId(unitId);
                    return fresh;
                });
        model.addAttribute("form", form);
        return page(model, form);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") WebhookForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form);
        }
        try {
            notifications.saveUnitWebhook(CurrentActor.get(), form.getUnitId(), form.getVersion(), form.getFormat(),
                    form.getUrl(), form.getSecret(), form.isRemoveSecret());
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return page(model, form);
        }
        redirect.addFlashAttribute("success", "notification.webhook.saved");
        return "redirect:/notifications/webhooks";
    }

    @PostMapping("/{unitId}/delete")
    String delete(@PathVariable Long unitId, RedirectAttributes redirect) {
        notifications.removeUnitWebhook(CurrentActor.get(), unitId);
        redirect.addFlashAttribute("success", "notification.webhook.removed");
        return "redirect:/notifications/webhooks";
    }

    private String page(Model model, WebhookForm form) {
        // a refused form keeps the address typed (to correct it) but, like a password, not the secret
        form.setSecret(null);
        if (form.getUnitId() != null && form.getVersion() != null) {
            notifications.unitWebhook(form.getUnitId()).ifPresent(robot -> {
                form.setMaskedUrl(robot.maskedUrl());
                form.setMaskedSecret(robot.maskedSecret());
            });
        }
        List<UnitDirectory.Option> active = units.activeUnits();
        Map<Long, String> names = active.stream().collect(Collectors.toMap(UnitDirectory.Option::id,
                UnitDirectory.Option::label, (a, b) -> a));
        model.addAttribute("webhooks", notifications.unitWebhooks());
        model.addAttribute("unitNames", names);
        model.addAttribute("units", active);
        model.addAttribute("formats", Arrays.asList(WebhookFormat.values()));
        return "notification/webhooks";
    }
}

package org.chuangcheng.organization.web;

import org.chuangcheng.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work groups: everyone reads the list; the office and administrators set them up. */
@Controller
@RequestMapping("/work-groups")
@RequiredArgsConstructor
class WorkGroupController {

    private final WorkGroupManagement groups;
    private final UnitManagement units;
    private final AccountManagement accounts;

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", groups.all());
        return "organization/work-groups";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String createForm(Model model) {
        model.addAttribute("workGroupForm", new WorkGroupForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(@Valid @ModelAttribute("workGroupForm") WorkGroupForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            groups.create(form.getName(), form.getHeadLeaderId(), form.getLeadUnitId(), form.getDuties());
            redirect.addFlashAttribute("success", "workGroup.saved");
            return "redirect:/work-groups";
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String editForm(@PathVariable Long id, Model model) {
        WorkGroup group = groups.get(id);
        model.addAttribute("workGroupForm", WorkGroupForm.of(group));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("workGroupForm") WorkGroupForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        groups.get(id);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            groups.update(id, form.getVersion(), form.getName(), form.getHeadLeaderId(), form.getLeadUnitId(),
                    form.getDuties());
            redirect.addFlashAttribute("success", "workGroup.saved");
            return "redirect:/work-groups";
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        List<Account> leaders = accounts.withRole(Role.LEADER);
        List<Unit> activeUnits = units.active();
        model.addAttribute("groupId", id);
        model.addAttribute("leaders", leaders);
        model.addAttribute("units", activeUnits);
        return "organization/work-group-form";
    }
}

package org.chuangcheng.counselor.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.counselor.CounselorGroup;
import org.chuangcheng.counselor.CounselorGroupManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.UnitDirectory.Option;
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

/** The office's counselor groups: the list, one form for new and edit, and deletion (the browser asks first). */
@Controller
@RequestMapping("/counselor-groups")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
@RequiredArgsConstructor
class CounselorGroupController {

    static final int FOUND = 20;

    private final CounselorGroupManagement groups;
    private final UnitManagement units;

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", groups.list(CurrentActor.get()));
        model.addAttribute("names", groups.counselorNames());
        return "counselor/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("groupForm", new CounselorGroupForm());
        return form(null, model);
    }

    @PostMapping("/new")
    String save(@Valid @ModelAttribute("groupForm") CounselorGroupForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(null, model);
        }
        try {
            groups.create(CurrentActor.get(), form.toDetails());
            redirect.addFlashAttribute("success", "counselor.group.saved");
            return "redirect:/counselor-groups";
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        CounselorGroup group = groups.get(CurrentActor.get(), id);
        model.addAttribute("groupForm", CounselorGroupForm.of(group));
        return form(group, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("groupForm") CounselorGroupForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CounselorGroup group = groups.get(CurrentActor.get(), id);
        if (binding.hasErrors()) {
            return form(group, model);
        }
        try {
            groups.update(CurrentActor.get(), id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "counselor.group.saved");
            return "redirect:/counselor-groups";
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(group, model);
        }
    }

    /**
     * The group form's unit search: at most {@link #FOUND} active units whose name holds the text, leaving out
     * those already chosen (sent as {@code unitIds}).
     */
    @GetMapping("/units")
    String findUnits(@RequestParam(name = "unitQuery", required = false) String text,
            @RequestParam(required = false) List<Long> unitIds, Model model) {
        String wanted = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        Set<Long> chosen = unitIds == null ? Set.of() : new HashSet<>(unitIds);
        List<Option> matches = wanted.isEmpty() ? List.of() : units.activeUnits().stream()
                .filter(u -> !chosen.contains(u.id()) && u.label().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .limit(FOUND + 1L).toList();
        model.addAttribute("matches", matches.size() > FOUND ? matches.subList(0, FOUND) : matches);
        model.addAttribute("more", matches.size() > FOUND);
        model.addAttribute("limit", FOUND);
        model.addAttribute("blank", wanted.isEmpty());
        return "counselor/unit-options :: options";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        groups.delete(CurrentActor.get(), id, version);
        redirect.addFlashAttribute("success", "counselor.group.deleted");
        return "redirect:/counselor-groups";
    }

    private String form(CounselorGroup group, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("counselors", groups.counselors());
        model.addAttribute("districts", units.districts());
        CounselorGroupForm form = (CounselorGroupForm) model.getAttribute("groupForm");
        Map<Long, Option> byId = new HashMap<>();
        units.activeUnits().forEach(u -> byId.put(u.id(), u));
        model.addAttribute("chosenUnits", form == null ? List.of() : form.getUnitIds().stream().distinct()
                .map(byId::get).filter(java.util.Objects::nonNull).toList());
        return "counselor/form";
    }
}

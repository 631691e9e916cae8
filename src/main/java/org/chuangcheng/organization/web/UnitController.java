package org.chuangcheng.organization.web;

import org.chuangcheng.shared.Paging;
import org.chuangcheng.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Responsible units: everyone reads (a liaison only her own unit); the office and administrators edit. */
@Controller
@RequestMapping("/units")
@RequiredArgsConstructor
class UnitController {

    private static final Set<String> SORTABLE = Set.of("name", "type", "shortName");

    private final UnitManagement units;
    private final org.chuangcheng.organization.UnitHeads heads;

    @ModelAttribute("unitTypes")
    List<UnitType> unitTypes() {
        return Arrays.asList(UnitType.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) UnitType type, @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "name") Pageable pageable, Model model) {
        Page<Unit> page = units.search(CurrentActor.get(), type, q, safe(pageable));
        model.addAttribute("page", page);
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("sort", sortParameter(page.getSort()));
        return "organization/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = units.getVisible(actor, id);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.of(unit));
        }
        model.addAttribute("unit", unit);
        model.addAttribute("children", units.children(actor, id));
        model.addAttribute("actor", actor);
        model.addAttribute("head", heads.head(id).orElse(null));
        if (actor.isOfficeOrAdmin()) {
            model.addAttribute("headCandidates", heads.candidates(id));
        }
        return "organization/detail";
    }

    /** The office names the unit's head (the escalation ladder's second rung), or none. */
    @PostMapping("/{id}/head")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String assignHead(@PathVariable Long id, @ModelAttribute HeadForm form, RedirectAttributes redirect) {
        heads.assign(CurrentActor.get(), id, form.getVersion(), form.getHeadAccountId());
        redirect.addFlashAttribute("success", "unit.head.saved");
        return "redirect:/units/" + id;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String createForm(Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Unit unit = units.create(form.getName(), form.getShortName(), form.getType(), form.getParentId(),
                    form.getContactPerson(), form.getContactPhone(), form.isActive());
            redirect.addFlashAttribute("success", "unit.saved");
            return "redirect:/units/" + unit.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String editForm(@PathVariable Long id, Model model) {
        Unit unit = units.get(id);
        model.addAttribute("unitForm", UnitForm.of(unit));
        return form(model, unit);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Unit unit = units.get(id);
        if (errors.hasErrors()) {
            return form(model, unit);
        }
        try {
            units.update(id, form.getVersion(), form.getName(), form.getShortName(), form.getType(),
                    form.getParentId(), form.getContactPerson(), form.getContactPhone(), form.isActive());
            redirect.addFlashAttribute("success", "unit.saved");
            return "redirect:/units/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, unit);
        }
    }

    /** A liaison (or the office) changes the unit's contact person and phone. */
    @PostMapping("/{id}/contact")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','LIAISON')")
    String updateContact(@PathVariable Long id, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (errors.hasErrors()) {
            Unit unit = units.getVisible(actor, id);
            model.addAttribute("unit", unit);
            model.addAttribute("children", units.children(actor, id));
            model.addAttribute("actor", actor);
            return "organization/detail";
        }
        units.updateContact(actor, id, form.getVersion(), form.getContactPerson(), form.getContactPhone());
        redirect.addFlashAttribute("success", "unit.contact.saved");
        return "redirect:/units/" + id;
    }

    private String form(Model model, Unit unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("parents", units.active().stream()
                .filter(u -> unit == null || !u.getId().equals(unit.getId()))
                .toList());
        return "organization/form";
    }

    /** Only known columns: an unknown sort property typed into the URL would otherwise be a 500. */
    private static Pageable safe(Pageable pageable) {
        return Paging.restrict(pageable, SORTABLE, Sort.by("name"));
    }

    static String sortParameter(Sort sort) {
        return sort.stream().findFirst()
                .map(o -> o.getProperty() + "," + o.getDirection().name().toLowerCase())
                .orElse("");
    }
}

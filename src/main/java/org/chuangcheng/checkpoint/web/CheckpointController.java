package org.chuangcheng.checkpoint.web;

import org.chuangcheng.shared.Paging;
import org.chuangcheng.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointCategory;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitNotFound;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkpoints: everyone reads (a liaison only her unit's), the office and administrators create, change,
 * deactivate and reactivate them.
 */
@Controller
@RequestMapping("/checkpoints")
@RequiredArgsConstructor
class CheckpointController {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SORTABLE = Set.of("name", "category.sortOrder", "district.name",
            "responsibleUnit.name", "updatedAt");

    private final CheckpointManagement checkpoints;
    private final CheckpointCatalog catalog;
    private final UnitManagement units;
    private final AccountManagement accounts;

    @ModelAttribute("categories")
    List<CheckpointCategory> categories() {
        return catalog.categories();
    }

    @ModelAttribute("districts")
    List<Unit> districts() {
        return units.districts();
    }

    @GetMapping
    String list(@ModelAttribute("filter") FilterForm filter,
            @PageableDefault(size = PAGE_SIZE, sort = "name") Pageable pageable, Model model) {
        Actor actor = CurrentActor.get();
        Page<Checkpoint> page = checkpoints.search(actor, filter.toFilter(actor), safe(pageable));
        model.addAttribute("page", page);
        model.addAttribute("filtered", filter.isInUse());
        model.addAttribute("sort", page.getSort().stream().findFirst()
                .map(o -> o.getProperty() + "," + o.getDirection().name().toLowerCase()).orElse(""));
        List<org.chuangcheng.shared.UnitDirectory.Option> reachable = units.filterUnits(actor);
        if (!reachable.isEmpty()) {
            model.addAttribute("units", reachable);
        }
        return "checkpoint/list";
    }

    /** The first checkpoints of one unit, for the unit's page (loaded there by htmx). */
    @GetMapping("/of-unit/{unitId}")
    String ofUnit(@PathVariable Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        if (!actor.canSeeUnit(unitId)) {
            throw new UnitNotFound(unitId);
        }
        model.addAttribute("unitId", unitId);
        model.addAttribute("page", checkpoints.search(actor,
                new CheckpointFilter(null, null, unitId, null, false), PageRequest.of(0, 10, Sort.by("name"))));
        return "checkpoint/unit-checkpoints :: checkpoints";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Checkpoint checkpoint = checkpoints.get(CurrentActor.get(), id);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("checklist", catalog.checklist(checkpoint.getCategory().getId()));
        return "checkpoint/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String createForm(Model model) {
        model.addAttribute("checkpointForm", new CheckpointForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(@Valid @ModelAttribute("checkpointForm") CheckpointForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        checkCoordinates(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Checkpoint created = checkpoints.create(CurrentActor.get(), form.toDetails());
            redirect.addFlashAttribute("success", "checkpoint.saved");
            return "redirect:/checkpoints/" + created.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String editForm(@PathVariable Long id, Model model) {
        Checkpoint checkpoint = checkpoints.get(CurrentActor.get(), id);
        model.addAttribute("checkpointForm", CheckpointForm.of(checkpoint));
        return form(model, checkpoint);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("checkpointForm") CheckpointForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Checkpoint checkpoint = checkpoints.get(actor, id);
        checkCoordinates(form, errors);
        if (errors.hasErrors()) {
            return form(model, checkpoint);
        }
        try {
            checkpoints.update(actor, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "checkpoint.saved");
            return "redirect:/checkpoints/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(errors, e);
            return form(model, checkpoint);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
        checkpoints.deactivate(CurrentActor.get(), id);
        redirect.addFlashAttribute("success", "checkpoint.deactivated");
        return "redirect:/checkpoints/" + id;
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
        checkpoints.reactivate(CurrentActor.get(), id);
        redirect.addFlashAttribute("success", "checkpoint.reactivated");
        return "redirect:/checkpoints/" + id;
    }

    private String form(Model model, Checkpoint checkpoint) {
        List<Account> leaders = accounts.withRole(Role.LEADER);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("units", units.active());
        model.addAttribute("leaders", leaders);
        return "checkpoint/form";
    }

    private static void checkCoordinates(CheckpointForm form, BindingResult errors) {
        if (form.hasHalfCoordinates() && !errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")) {
            errors.rejectValue(form.getLatitude() == null ? "latitude" : "longitude", "checkpoint.coordinates.pair");
        }
    }

    /** Only known columns, at most 100 a page: an unknown sort property in the URL would otherwise be a 500. */
    private static Pageable safe(Pageable pageable) {
        return Paging.restrict(pageable, SORTABLE, Sort.by("name"));
    }
}

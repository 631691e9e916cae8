package org.chuangcheng.checkpoint.web;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Grid;
import org.chuangcheng.checkpoint.GridManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** Grids (网格): the list by district, a grid with its checkpoints, and the office's forms. */
@Controller
@RequestMapping("/grids")
@RequiredArgsConstructor
class GridController {

    private final GridManagement grids;
    private final CheckpointManagement checkpoints;
    private final UnitManagement units;

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, Model model) {
        model.addAttribute("grids", grids.search(districtId));
        model.addAttribute("districts", units.districts());
        model.addAttribute("mayManage", CurrentActor.get().isOfficeOrAdmin());
        return "checkpoint/grids";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        Grid grid = grids.get(id);
        model.addAttribute("grid", grid);
        var members = grids.checkpointsOf(actor, id);
        model.addAttribute("members", members);
        model.addAttribute("memberIds", members.stream().map(c -> c.getId()).collect(java.util.stream.Collectors.toSet()));
        if (actor.isOfficeOrAdmin()) {
            model.addAttribute("candidates", checkpoints.search(actor, new CheckpointFilter(grid.getDistrict().getId(),
                    null, null, null, false), PageRequest.of(0, 2000, Sort.by("name"))).getContent());
        }
        model.addAttribute("mayManage", actor.isOfficeOrAdmin());
        return "checkpoint/grid";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(Model model) {
        model.addAttribute("gridForm", new GridForm());
        return form(null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String save(@Valid @ModelAttribute("gridForm") GridForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(null, model);
        }
        try {
            Grid saved = grids.create(CurrentActor.get(), form.toDetails());
            redirect.addFlashAttribute("success", "grid.saved");
            return "redirect:/grids/" + saved.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String edit(@PathVariable Long id, Model model) {
        Grid grid = grids.get(id);
        model.addAttribute("gridForm", GridForm.of(grid));
        return form(grid, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("gridForm") GridForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Grid grid = grids.get(id);
        if (binding.hasErrors()) {
            return form(grid, model);
        }
        try {
            grids.update(CurrentActor.get(), id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "grid.saved");
            return "redirect:/grids/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(grid, model);
        }
    }

    @PostMapping("/{id}/checkpoints")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String place(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(name = "checkpointIds", required = false) List<Long> checkpointIds,
            RedirectAttributes redirect) {
        try {
            grids.place(CurrentActor.get(), id, version, checkpointIds == null ? List.of() : checkpointIds);
            redirect.addFlashAttribute("success", "grid.placed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/grids/" + id;
    }

    private String form(Grid grid, Model model) {
        model.addAttribute("grid", grid);
        model.addAttribute("districts", units.districts());
        model.addAttribute("units", units.activeUnits());
        return "checkpoint/grid-form";
    }
}

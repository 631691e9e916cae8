package org.chuangcheng.inspection.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.inspection.Inspection;
import org.chuangcheng.inspection.InspectionFilter;
import org.chuangcheng.inspection.InspectionManagement;
import org.chuangcheng.inspection.InspectionStatus;
import org.chuangcheng.inspection.InspectionType;
import org.chuangcheng.inspection.ItemResult;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.shared.Paging;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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

/** Inspections: list, record on a phone (draft or finished), detail with the problems raised. */
@Controller
@RequestMapping("/inspections")
@RequiredArgsConstructor
class InspectionController {

    private final InspectionManagement inspections;
    private final ProblemManagement problems;
    private final CheckpointManagement checkpoints;
    private final UnitManagement units;
    private final Clock clock;

    @ModelAttribute("types")
    InspectionType[] types() {
        return InspectionType.values();
    }

    @ModelAttribute("itemResults")
    ItemResult[] itemResults() {
        return ItemResult.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) Long checkpointId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) InspectionType type, @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate to,
            @PageableDefault(size = 20, sort = "inspectedAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("page", inspections.search(actor,
                new InspectionFilter(checkpointId, districtId, type, status, from, to, actor.reachableUnit(unitId)),
                Paging.restrict(pageable, java.util.Set.of("inspectedAt", "id"), Sort.by(Sort.Direction.DESC, "inspectedAt"))));
        model.addAttribute("districts", units.districts());
        model.addAttribute("units", units.filterUnits(actor));
        model.addAttribute("statuses", InspectionStatus.values());
        return "inspection/list";
    }

    /** Step one on a phone: choose the checkpoint (its category decides the checklist). */
    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('INSPECTOR','COUNSELOR','OFFICE','ADMIN')")
    String create(@RequestParam(required = false) Long checkpointId, @RequestParam(required = false) String q,
            Model model) {
        Actor actor = CurrentActor.get();
        if (checkpointId == null) {
            // searched by name or address; the page orders them by distance once the phone says where it is
            String text = q == null || q.isBlank() ? null : q.trim();
            model.addAttribute("q", text);
            model.addAttribute("checkpoints", checkpoints.search(actor,
                    new CheckpointFilter(null, null, null, text, false), PageRequest.of(0, 2000, Sort.by("name")))
                    .getContent());
            model.addAttribute("drafts", inspections.drafts(actor));
            return "inspection/choose";
        }
        InspectionForm form = new InspectionForm();
        form.setCheckpointId(checkpointId);
        form.setInspectedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        form.setInspectors(actor.displayName());
        return form(actor, checkpointId, null, form, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('INSPECTOR','COUNSELOR','OFFICE','ADMIN')")
    String save(@Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult binding,
            @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (form.getCheckpointId() == null) {
            return "redirect:/inspections/new";
        }
        if (binding.hasErrors()) {
            return form(actor, form.getCheckpointId(), null, form, model);
        }
        try {
            Inspection saved = inspections.create(actor, form.getCheckpointId(), form.toRecord(clock.getZone()),
                    form.getPhotos(), form.itemPhotoLists(), "finish".equals(action));
            return done(saved, redirect);
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            model.addAttribute("finishRefused", true);
            return form(actor, form.getCheckpointId(), null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('INSPECTOR','COUNSELOR','OFFICE','ADMIN')")
    String edit(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        Inspection inspection = inspections.get(actor, id);
        if (!inspection.isDraft()) {
            return "redirect:/inspections/" + id;
        }
        return form(actor, inspection.getCheckpoint().getId(), inspection,
                InspectionForm.of(inspection, clock.getZone()), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('INSPECTOR','COUNSELOR','OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("inspectionForm") InspectionForm form,
            BindingResult binding, @RequestParam(defaultValue = "draft") String action, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Inspection inspection = inspections.get(actor, id);
        if (binding.hasErrors()) {
            return form(actor, inspection.getCheckpoint().getId(), inspection, form, model);
        }
        try {
            Inspection saved = inspections.update(actor, id, form.getVersion(), form.toRecord(clock.getZone()),
                    form.getPhotos(), form.itemPhotoLists(), "finish".equals(action));
            return done(saved, redirect);
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            model.addAttribute("finishRefused", true);
            return form(actor, inspection.getCheckpoint().getId(), inspection, form, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        Inspection inspection = inspections.get(actor, id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("problems", problems.raisedBy(actor, id));
        if (!model.containsAttribute("problemForm")) {
            model.addAttribute("problemForm", new ProblemForm());
        }
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("units", units.active());
        return "inspection/detail";
    }

    /** A free-form problem found during the inspection, beyond the checklist. */
    @PostMapping("/{id}/problems")
    @PreAuthorize("hasAnyRole('INSPECTOR','COUNSELOR','OFFICE','ADMIN')")
    String addProblem(@PathVariable Long id, @Valid @ModelAttribute("problemForm") ProblemForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Inspection inspection = inspections.get(actor, id);
        if (!binding.hasErrors()) {
            try {
                Problem problem = problems.raise(actor, new NewProblem(inspection.getCheckpoint().getId(), id, null,
                        form.getDescription(), form.getSeverity(), form.getUnitId(), form.getDeadline()),
                        form.getPhotos());
                redirect.addFlashAttribute("success", "problem.raised");
                return "redirect:/problems/" + problem.getId();
            } catch (BusinessRuleException e) {
                FormErrors.show(binding, e);
            }
        }
        return detail(id, model);
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(required = false) String thumb) {
        return inspections.photo(CurrentActor.get(), id, attachmentId, thumb != null).inline();
    }

    private String done(Inspection saved, RedirectAttributes redirect) {
        if (saved.isDraft()) {
            redirect.addFlashAttribute("success", "inspection.draftSaved");
            return "redirect:/inspections/" + saved.getId() + "/edit";
        }
        redirect.addFlashAttribute("success", "inspection.finished");
        return "redirect:/inspections/" + saved.getId();
    }

    private String form(Actor actor, Long checkpointId, Inspection inspection, InspectionForm form, Model model) {
        Checkpoint checkpoint = checkpoints.get(actor, checkpointId);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("checklist", inspections.checklistFor(actor, checkpointId));
        model.addAttribute("inspection", inspection);
        model.addAttribute("inspectionForm", form);
        return "inspection/form";
    }
}

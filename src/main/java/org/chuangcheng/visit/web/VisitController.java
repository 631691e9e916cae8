package org.chuangcheng.visit.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.Paging;
import org.chuangcheng.visit.Visit;
import org.chuangcheng.visit.VisitCompliance;
import org.chuangcheng.visit.VisitManagement;
import org.springframework.core.io.Resource;
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

/** Visits: the list, logging one on a phone, its page, and visit compliance by leader. */
@Controller
@RequestMapping("/visits")
@RequiredArgsConstructor
class VisitController {

    private final VisitManagement visits;
    private final VisitCompliance compliance;
    private final UnitManagement units;
    private final Clock clock;

    @ModelAttribute("severities")
    ProblemSeverity[] severities() {
        return ProblemSeverity.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long leaderId, @RequestParam(required = false) Long checkpointId,
            @PageableDefault(size = 20, sort = "visitedOn", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("page", visits.search(actor, month, leaderId, checkpointId, Paging.restrict(pageable,
                Set.of("visitedOn", "id"), Sort.by(Sort.Direction.DESC, "visitedOn").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("month", month);
        model.addAttribute("mayLog", !visits.visitable(actor).isEmpty());
        return "visit/list";
    }

    /** Step one on a phone: choose the checkpoint, unless the leader has only one. */
    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('LEADER','LIAISON')")
    String create(@RequestParam(required = false) Long checkpointId, Model model) {
        Actor actor = CurrentActor.get();
        if (checkpointId == null) {
            var choices = visits.visitable(actor);
            if (choices.size() != 1) {
                model.addAttribute("checkpoints", choices);
                return "visit/choose";
            }
            checkpointId = choices.get(0).getId();
        }
        VisitForm form = new VisitForm();
        form.setCheckpointId(checkpointId);
        form.setVisitedOn(LocalDate.now(clock));
        form.setParticipants(actor.displayName());
        model.addAttribute("visitForm", form);
        return form(actor, form, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('LEADER','LIAISON')")
    String save(@Valid @ModelAttribute("visitForm") VisitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (form.getCheckpointId() == null) {
            return "redirect:/visits/new";
        }
        form.padFindings();
        if (binding.hasErrors()) {
            return form(actor, form, model);
        }
        try {
            Visit saved = visits.log(actor, form.toVisit(), form.getPhotos());
            redirect.addFlashAttribute("success", "visit.logged");
            return "redirect:/visits/" + saved.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(actor, form, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        Visit visit = visits.get(actor, id);
        model.addAttribute("visit", visit);
        model.addAttribute("problems", visits.problemsOf(actor, id));
        model.addAttribute("mayEdit", visit.mayEdit(actor, LocalDate.now(clock)));
        model.addAttribute("editedBy", visits.editorName(visit));
        return "visit/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('LEADER','LIAISON','OFFICE','ADMIN')")
    String edit(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Visit visit = visits.get(actor, id);
        if (!visit.mayEdit(actor, LocalDate.now(clock))) {
            // an old link or another's visit: say why on the visit itself (a correction sent anyway is refused)
            redirect.addFlashAttribute("failure", "visit.edit.notPermitted");
            return "redirect:/visits/" + id;
        }
        model.addAttribute("visitForm", VisitForm.of(visit));
        return editForm(visit, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('LEADER','LIAISON','OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("visitForm") VisitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Visit visit = visits.get(actor, id);
        form.setFound(new java.util.ArrayList<>());
        if (binding.hasErrors()) {
            return editForm(visit, model);
        }
        try {
            visits.edit(actor, id, form.getVersion(), form.toVisit(), form.getPhotos());
            redirect.addFlashAttribute("success", "visit.edited");
            return "redirect:/visits/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return editForm(visit, model);
        }
    }

    /** Takes a photo off the visit (its author or the office, within the visit's month). */
    @PostMapping("/{id}/photos/{attachmentId}/remove")
    @PreAuthorize("hasAnyRole('LEADER','LIAISON','OFFICE','ADMIN')")
    String removePhoto(@PathVariable Long id, @PathVariable Long attachmentId, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        visits.removePhoto(CurrentActor.get(), id, version, attachmentId);
        redirect.addFlashAttribute("success", "visit.photo.removed");
        return "redirect:/visits/" + id;
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(required = false) String thumb) {
        return visits.photo(CurrentActor.get(), id, attachmentId, thumb != null).inline();
    }

    /**
     * 走访率 by leader for a month, with the pairings not yet visited; or, from the dashboard's links, over its
     * period (the months it touches, the visits on its days), narrowed to a district and a unit type.
     */
    @GetMapping("/compliance")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','LEADER','INSPECTOR')")
    String compliance(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long districtId, @RequestParam(required = false) UnitType unitType,
            Model model) {
        YearMonth shown = month == null ? compliance.currentMonth() : month;
        boolean period = month == null && from != null && to != null;
        if (period && (to.isBefore(from) || from.plusYears(5).isBefore(to))) {
            model.addAttribute("failure", "visit.compliance.invalidPeriod");
            period = false;
        }
        LocalDate first = period ? from : shown.atDay(1);
        LocalDate last = period ? to : shown.atEndOfMonth();
        var pairings = compliance.pairings(first, last, districtId, unitType);
        model.addAttribute("month", shown);
        model.addAttribute("from", period ? from : null);
        model.addAttribute("to", period ? to : null);
        model.addAttribute("severalMonths", !YearMonth.from(first).equals(YearMonth.from(last)));
        model.addAttribute("districtId", districtId);
        model.addAttribute("unitType", unitType);
        model.addAttribute("districts", units.districts());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("city", VisitCompliance.rate(pairings));
        model.addAttribute("leaders", VisitCompliance.byLeader(pairings));
        model.addAttribute("pending", pairings.stream().filter(p -> !p.visited()).toList());
        return "visit/compliance";
    }

    private String editForm(Visit visit, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("checkpoint", visit.getCheckpoint());
        model.addAttribute("onBehalf", false);
        return "visit/form";
    }

    private String form(Actor actor, VisitForm form, Model model) {
        Checkpoint checkpoint = visits.visitableCheckpoint(actor, form.getCheckpointId());
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("onBehalf", actor.isConfinedToUnit());
        return "visit/form";
    }
}

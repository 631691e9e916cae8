package org.chuangcheng.meeting.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.meeting.Meeting;
import org.chuangcheng.meeting.MeetingKind;
import org.chuangcheng.meeting.MeetingManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.Paging;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meetings: the list, recording one with its attendance, its page with the decisions, absences per unit. */
@Controller
@RequestMapping("/meetings")
@RequiredArgsConstructor
class MeetingController {

    private final MeetingManagement meetings;
    private final UnitManagement units;
    private final CheckpointManagement checkpoints;
    private final Clock clock;

    @ModelAttribute("kinds")
    MeetingKind[] kinds() {
        return MeetingKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) Integer year,
            @PageableDefault(size = 20, sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        model.addAttribute("page", meetings.search(kind, year == null ? null : year(year), Paging.restrict(pageable,
                Set.of("heldOn", "id"), Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("mayRecord", MeetingManagement.mayRecord(CurrentActor.get()));
        return "meeting/list";
    }

    @GetMapping("/absences")
    String absences(@RequestParam(required = false) Integer year, Model model) {
        Year shown = year == null ? Year.now(clock) : year(year);
        model.addAttribute("year", shown.getValue());
        model.addAttribute("rows", meetings.absences(CurrentActor.get(), shown));
        return "meeting/absences";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(Model model) {
        MeetingForm form = new MeetingForm();
        form.setHeldOn(LocalDate.now(clock));
        model.addAttribute("meetingForm", form);
        return form(null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String save(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(null, model);
        }
        try {
            Meeting saved = meetings.record(CurrentActor.get(), form.toDetails());
            redirect.addFlashAttribute("success", "meeting.saved");
            return "redirect:/meetings/" + saved.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String edit(@PathVariable Long id, Model model) {
        Meeting meeting = meetings.get(id);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return form(meeting, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(id);
        if (binding.hasErrors()) {
            return form(meeting, model);
        }
        try {
            meetings.update(CurrentActor.get(), id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "meeting.saved");
            return "redirect:/meetings/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(meeting, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Meeting meeting = meetings.get(id);
        DecisionForm form = new DecisionForm();
        form.setVersion(meeting.getVersion());
        model.addAttribute("decisionForm", form);
        return detail(meeting, model);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String decide(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                meetings.decide(CurrentActor.get(), id, form.getVersion(), form.toDecision());
                redirect.addFlashAttribute("success", "meeting.decision.saved");
                return "redirect:/meetings/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(binding, e);
            }
        }
        return detail(meetings.get(id), model);
    }

    /** A year the campaign can have meetings in; anything else is refused with a message, not a 500. */
    private static Year year(int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("meeting.year.invalid");
        }
        return Year.of(year);
    }

    private String detail(Meeting meeting, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("meeting", meeting);
        var decisions = meetings.progress(actor, meeting.getId());
        model.addAttribute("decisions", decisions);
        model.addAttribute("closedCount", decisions.stream().filter(d -> d.closed()).count());
        model.addAttribute("unitNames", units.activeUnits().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.label())));
        model.addAttribute("mayRecord", MeetingManagement.mayRecord(actor));
        if (MeetingManagement.mayRecord(actor)) {
            model.addAttribute("units", units.activeUnits());
            model.addAttribute("severities", ProblemSeverity.values());
            model.addAttribute("checkpoints", checkpoints.search(actor, new CheckpointFilter(null, null, null, null,
                    false), PageRequest.of(0, 2000, Sort.by("name"))).getContent());
        }
        return "meeting/detail";
    }

    private String form(Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("units", units.activeUnits());
        return "meeting/form";
    }
}

package org.chuangcheng.activity.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.activity.ActivityFigures;
import org.chuangcheng.activity.ActivityFilter;
import org.chuangcheng.activity.ActivityKind;
import org.chuangcheng.activity.ActivityManagement;
import org.chuangcheng.activity.ActivityWorkbook;
import org.chuangcheng.activity.VolunteerActivity;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.Paging;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** Volunteer activities: list, record and change, figures by unit, district and month, the .xlsx ledger. */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ActivityManagement activities;
    private final ActivityFigures figures;
    private final ActivityWorkbook workbook;
    private final UnitManagement units;
    private final CheckpointManagement checkpoints;
    private final Clock clock;

    @ModelAttribute("kinds")
    ActivityKind[] kinds() {
        return ActivityKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) ActivityKind kind,
            @PageableDefault(size = 20, sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        Actor actor = CurrentActor.get();
        ActivityFilter filter = new ActivityFilter(unitId, districtId, kind, from, to);
        model.addAttribute("page", activities.search(actor, filter, Paging.restrict(pageable, Set.of("heldOn", "id"),
                Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("total", ActivityFigures.Row.total(figures.by(actor, ActivityFigures.Dimension.UNIT, filter)));
        model.addAttribute("mayRecord", ActivityManagement.mayRecord(actor));
        filterData(actor, model);
        return "activity/list";
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(defaultValue = "UNIT") ActivityFigures.Dimension by, Model model) {
        Actor actor = CurrentActor.get();
        var rows = figures.by(actor, by, new ActivityFilter(unitId, districtId, kind, from, to));
        model.addAttribute("rows", rows);
        model.addAttribute("total", ActivityFigures.Row.total(rows));
        model.addAttribute("by", by);
        model.addAttribute("dimensions", ActivityFigures.Dimension.values());
        filterData(actor, model);
        return "activity/figures";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) ActivityKind kind, Locale locale) {
        byte[] body = workbook.export(CurrentActor.get(), new ActivityFilter(unitId, districtId, kind, from, to), locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activities-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String create(Model model) {
        ActivityForm form = new ActivityForm();
        form.setHeldOn(LocalDate.now(clock));
        model.addAttribute("activityForm", form);
        return form(CurrentActor.get(), null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String save(@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (binding.hasErrors()) {
            return form(actor, null, model);
        }
        try {
            VolunteerActivity saved = activities.record(actor, form.toDetails(), form.getPhotos());
            redirect.addFlashAttribute("success", "activity.saved");
            return "redirect:/activities/" + saved.getId();
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(actor, null, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("activity", activities.get(actor, id));
        model.addAttribute("mayRecord", ActivityManagement.mayRecord(actor));
        return "activity/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String edit(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        VolunteerActivity activity = activities.get(actor, id);
        model.addAttribute("activityForm", ActivityForm.of(activity));
        return form(actor, activity, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        VolunteerActivity activity = activities.get(actor, id);
        if (binding.hasErrors()) {
            return form(actor, activity, model);
        }
        try {
            activities.update(actor, id, form.getVersion(), form.toDetails(), form.getPhotos());
            redirect.addFlashAttribute("success", "activity.saved");
            return "redirect:/activities/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return form(actor, activity, model);
        }
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(required = false) String thumb) {
        return activities.photo(CurrentActor.get(), id, attachmentId, thumb != null).inline();
    }

    private String form(Actor actor, VolunteerActivity activity, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("checkpoints", checkpoints.search(actor, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 2000, Sort.by("name"))).getContent());
        filterData(actor, model);
        return "activity/form";
    }

    private void filterData(Actor actor, Model model) {
        model.addAttribute("districts", units.districts());
        model.addAttribute("units", actor.isConfinedToUnit() ? java.util.List.of() : units.activeUnits());
    }
}

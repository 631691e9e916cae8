package org.chuangcheng.activity.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.chuangcheng.organization.UnitType;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
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
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) UnitType unitType, @RequestParam(required = false) ActivityKind kind,
            @PageableDefault(size = 20, sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        Actor actor = CurrentActor.get();
        ActivityFilter filter = filter(from, to, unitId, districtId, unitType, kind, model);
        model.addAttribute("page", activities.search(actor, filter, Paging.restrict(pageable, Set.of("heldOn", "id"),
                Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("total", ActivityFigures.Row.total(figures.by(actor, ActivityFigures.Dimension.UNIT, filter)));
        model.addAttribute("mayRecord", ActivityManagement.mayRecord(actor));
        filterData(actor, model);
        return "activity/list";
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) UnitType unitType, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(defaultValue = "UNIT") ActivityFigures.Dimension by, Model model) {
        Actor actor = CurrentActor.get();
        var rows = figures.by(actor, by, filter(from, to, unitId, districtId, unitType, kind, model));
        model.addAttribute("rows", rows);
        model.addAttribute("total", ActivityFigures.Row.total(rows));
        model.addAttribute("by", by);
        model.addAttribute("dimensions", ActivityFigures.Dimension.values());
        filterData(actor, model);
        return "activity/figures";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long districtId, @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) ActivityKind kind, Locale locale) {
        byte[] body = workbook.export(CurrentActor.get(),
                filter(from, to, unitId, districtId, unitType, kind, new ExtendedModelMap()), locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activities-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }

    /**
     * The filter of the list, the figures and the export. {@code from} and {@code to} are months (yyyy-MM, the
     * filter bar's) or days (yyyy-MM-dd, the dashboard's links); one that is neither is left out, with a message.
     */
    private static ActivityFilter filter(String from, String to, Long unitId, Long districtId, UnitType unitType,
            ActivityKind kind, Model model) {
        LocalDate first = day(from, false);
        LocalDate last = day(to, true);
        if ((first == null && from != null && !from.isBlank()) || (last == null && to != null && !to.isBlank())) {
            model.addAttribute("failure", "activity.filter.invalid");
        }
        return new ActivityFilter(unitId, districtId, unitType, kind, first, last);
    }

    /** A month's first (or last) day, a day, or null when blank or neither. */
    static LocalDate day(String text, boolean endOfMonth) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String trimmed = text.trim();
            if (trimmed.length() == 7) {
                YearMonth month = YearMonth.parse(trimmed);
                return endOfMonth ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
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
        model.addAttribute("unitTypes", actor.isConfinedToUnit() ? new UnitType[0] : UnitType.values());
    }
}

package org.chuangcheng.task.web;

import org.chuangcheng.shared.Paging;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.indicator.Indicator;
import org.chuangcheng.indicator.IndicatorTree;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.ConfirmationNeeded;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskBookWorkbooks;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskPriority;
import org.chuangcheng.task.TaskStatus;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/**
 * The task book's pages: list, board, a liaison's own tasks, a task with its reports and timeline, and
 * the steps of its life. Who may see or do what is decided by {@link TaskManagement}; the role gates
 * here only keep the wrong people from the forms.
 */
@Controller
@RequestMapping("/tasks")
@RequiredArgsConstructor
class TaskController {

    static final int PAGE_SIZE = 20;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> SORTABLE = Set.of("seq", "deadline", "status", "title", "lastReportOn", "book");

    private final TaskManagement tasks;
    private final UnitManagement units;
    private final WorkGroupManagement workGroups;
    private final TaskBookWorkbooks workbooks;
    private final IndicatorTree indicators;
    private final org.springframework.beans.factory.ObjectProvider<org.chuangcheng.task.TaskTimelineNotes> timelineNotes;

    @ModelAttribute("today")
    LocalDate today() {
        return tasks.today();
    }

    @ModelAttribute("staleDays")
    int staleDays() {
        return tasks.staleDays();
    }

    @GetMapping
    String list(@ModelAttribute("filter") TaskFilterForm filter,
            @PageableDefault(size = PAGE_SIZE, sort = {"book", "seq"}) Pageable pageable, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        Actor actor = CurrentActor.get();
        Page<Task> page = tasks.search(actor, filter.toFilter(actor), safe(pageable));
        model.addAttribute("page", page);
        model.addAttribute("sort", page.getSort().stream().findFirst()
                .map(o -> o.getProperty() + "," + o.getDirection().name().toLowerCase()).orElse(""));
        referenceData(actor, model);
        return "task/list";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") TaskFilterForm filter, Locale locale) {
        Actor actor = CurrentActor.get();
        List<Task> found = tasks.searchAll(actor, filter.toFilter(actor));
        byte[] body = workbooks.export(found, tasks.today(), tasks.staleDays(), locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tasks-" + tasks.today() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/board")
    String board(@ModelAttribute("filter") TaskFilterForm filter, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        Actor actor = CurrentActor.get();
        List<Task> found = tasks.searchAll(actor, filter.toFilter(actor));
        List<WorkGroup> groups = workGroups.all();
        model.addAttribute("board", BoardView.of(found, groups, tasks.today(), tasks.staleDays()));
        model.addAttribute("statuses", TaskStatus.values());
        referenceData(actor, model);
        return "task/board";
    }

    /** A liaison's own tasks on her phone: open ones first, the nearest deadline on top. */
    @GetMapping("/mine")
    @PreAuthorize("hasRole('LIAISON')")
    String mine(@RequestParam(defaultValue = "false") boolean closed, Model model) {
        Actor actor = CurrentActor.get();
        TaskFilter filter = closed ? new TaskFilter(null, TaskStatus.CLOSED, null, null, null, null, false, false, null,
                null, false, null) : TaskFilter.none();
        List<Task> mine = tasks.searchAll(actor, filter).stream()
                .filter(t -> closed || t.getStatus() != TaskStatus.CLOSED)
                .sorted(Comparator.comparing(Task::getDeadline).thenComparing(Task::getSeq))
                .toList();
        model.addAttribute("tasks", mine);
        model.addAttribute("closed", closed);
        model.addAttribute("unitName", units.nameOf(actor.unitId()).orElse(""));
        return "task/mine";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String createForm(Model model) {
        TaskForm form = new TaskForm();
        form.setStartDate(tasks.today());
        model.addAttribute("taskForm", form);
        return taskForm(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String create(@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        checkChoices(form, errors);
        if (!errors.hasErrors()) {
            try {
                Task created = tasks.create(CurrentActor.get(), form.toDetails());
                redirect.addFlashAttribute("success", "task.saved");
                return "redirect:/tasks/" + created.getId();
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return taskForm(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String editForm(@PathVariable Long id, Model model) {
        Task task = tasks.get(CurrentActor.get(), id);
        model.addAttribute("taskForm", TaskForm.of(task));
        return taskForm(model, task);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Task task = tasks.get(actor, id);
        checkChoices(form, errors);
        if (!errors.hasErrors()) {
            try {
                tasks.update(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("success", "task.saved");
                return "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return taskForm(model, task);
    }

    /** A hand-made request may name a unit, group or indicator that is not on offer: a field message, not a 404. */
    private void checkChoices(TaskForm form, BindingResult errors) {
        Set<Long> active = units.active().stream().map(Unit::getId).collect(java.util.stream.Collectors.toSet());
        if (form.getLeadUnitId() != null && !active.contains(form.getLeadUnitId())) {
            errors.rejectValue("leadUnitId", "typeMismatch.java.lang.Long");
        }
        if (form.getCoUnitIds() != null && form.getCoUnitIds().stream().anyMatch(u -> u != null && !active.contains(u))) {
            errors.rejectValue("coUnitIds", "typeMismatch.java.lang.Long");
        }
        if (form.getWorkGroupId() != null
                && workGroups.all().stream().noneMatch(g -> g.getId().equals(form.getWorkGroupId()))) {
            errors.rejectValue("workGroupId", "typeMismatch.java.lang.Long");
        }
        if (form.getIndicatorId() != null
                && indicators.all().stream().noneMatch(i -> i.getId().equals(form.getIndicatorId()))) {
            errors.rejectValue("indicatorId", "typeMismatch.java.lang.Long");
        }
    }

    private String taskForm(Model model, Task task) {
        model.addAttribute("task", task);
        model.addAttribute("units", units.active());
        model.addAttribute("workGroups", workGroups.all());
        model.addAttribute("indicators", indicators.all().stream().sorted(Comparator.comparing(Indicator::getCode)).toList());
        model.addAttribute("books", tasks.books());
        model.addAttribute("priorities", TaskPriority.values());
        return "task/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        return detailPage(CurrentActor.get(), id, model);
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        return tasks.photo(CurrentActor.get(), id, attachmentId, thumb).inline();
    }

    @GetMapping("/{id}/report")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String reportForm(@PathVariable Long id, Model model) {
        Task task = tasks.get(CurrentActor.get(), id);
        ProgressForm form = new ProgressForm();
        form.setVersion(task.getVersion());
        form.setQuantityDone(task.ownContribution(CurrentActor.get()));
        model.addAttribute("progressForm", form);
        return reportPage(task, model);
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasAnyRole('LIAISON','OFFICE','ADMIN')")
    String report(@PathVariable Long id, @Valid @ModelAttribute("progressForm") ProgressForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Task task = tasks.get(actor, id);
        if (!errors.hasErrors()) {
            try {
                tasks.reportProgress(actor, id, form.getVersion(), form.getText(), form.getQuantityDone(),
                        form.getPhotos(), form.isAboveTargetConfirmed());
                redirect.addFlashAttribute("success", "task.report.saved");
                return actor.is(Role.LIAISON) ? "redirect:/tasks/mine" : "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
                model.addAttribute("askAboveTarget", e instanceof ConfirmationNeeded);
            }
        }
        return reportPage(task, model);
    }

    private String reportPage(Task task, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("task", task);
        model.addAttribute("lead", task.isLedBy(actor.confinedUnitId()) || !actor.isConfinedToUnit());
        model.addAttribute("others", task.othersContribution(actor));
        return "task/report";
    }

    @PostMapping("/{id}/request-acceptance")
    @PreAuthorize("hasRole('LIAISON')")
    String requestAcceptance(@PathVariable Long id, @Valid @ModelAttribute("requestForm") DecisionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!errors.hasErrors()) {
            try {
                tasks.requestAcceptance(actor, id, form.getVersion(), form.getComment());
                redirect.addFlashAttribute("success", "task.requested");
                return "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") DecisionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!errors.hasErrors()) {
            try {
                tasks.close(actor, id, form.getVersion(), form.getComment(), form.isBelowTargetConfirmed());
                redirect.addFlashAttribute("success", "task.closed");
                return "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String returnToUnit(@PathVariable Long id, @Valid @ModelAttribute("returnForm") DecisionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (form.getComment() == null || form.getComment().isBlank()) {
            errors.rejectValue("comment", "task.rule.reasonRequired");
        }
        if (!errors.hasErrors()) {
            try {
                tasks.returnToUnit(actor, id, form.getVersion(), form.getComment());
                redirect.addFlashAttribute("success", "task.returned");
                return "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String reassign(@PathVariable Long id, @Valid @ModelAttribute("reassignForm") ReassignForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!errors.hasErrors()) {
            try {
                tasks.reassign(actor, id, form.getVersion(), form.getUnitId(), form.getDeadline(), form.getReason());
                redirect.addFlashAttribute("success", "task.reassigned");
                return "redirect:/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return detailPage(actor, id, model);
    }

    private String detailPage(Actor actor, Long id, Model model) {
        Task task = tasks.get(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("reports", tasks.reports(actor, id));
        model.addAttribute("timeline", tasks.timeline(actor, id));
        model.addAttribute("contributions", tasks.contributions(actor, id));
        model.addAttribute("timelineNotes", timelineNotes.orderedStream()
                .flatMap(n -> n.taskNotes(id, org.springframework.context.i18n.LocaleContextHolder.getLocale()).stream())
                .sorted(java.util.Comparator.comparing(org.chuangcheng.task.TaskTimelineNotes.Note::at)).toList());
        model.addAttribute("actor", actor);
        for (String name : List.of("requestForm", "closeForm", "returnForm")) {
            if (!model.containsAttribute(name)) {
                DecisionForm form = new DecisionForm();
                form.setVersion(task.getVersion());
                model.addAttribute(name, form);
            }
        }
        if (!model.containsAttribute("reassignForm")) {
            ReassignForm form = new ReassignForm();
            form.setVersion(task.getVersion());
            model.addAttribute("reassignForm", form);
        }
        if (task.mayReassign(actor, tasks.today())) {
            model.addAttribute("units", units.active().stream()
                    .filter(u -> !u.getId().equals(task.getLeadUnit().getId())).toList());
        }
        return "task/detail";
    }

    private void referenceData(Actor actor, Model model) {
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("workGroups", workGroups.all());
        model.addAttribute("books", tasks.books());
        List<org.chuangcheng.shared.UnitDirectory.Option> reachable = units.filterUnits(actor);
        if (!reachable.isEmpty()) {
            model.addAttribute("units", reachable);
        }
        if (!actor.isConfinedToUnit()) {
            model.addAttribute("districts", units.districts());
        }
    }

    private static Pageable safe(Pageable pageable) {
        return Paging.restrict(pageable, SORTABLE, Sort.by("book", "seq"));
    }
}

package org.chuangcheng.problem.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemCounts;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.problem.ProblemStatus;
import org.chuangcheng.problem.ReturnReasonCatalog;
import org.springframework.data.domain.Page;
import org.chuangcheng.problem.TimelineNote;
import org.chuangcheng.problem.TimelineNotes;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.shared.Paging;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Problems: the liaison's workspace (her unit's problems, submit evidence), the office's workspace
 * (verification queue, overdue, filters, bulk reassign / deadlines), the problem page with its timeline
 * and the ledger export.
 */
@Controller
@RequestMapping("/problems")
@RequiredArgsConstructor
class ProblemController {

    private final ProblemManagement problems;
    private final UnitManagement units;
    private final CheckpointCatalog catalog;
    private final CheckpointManagement checkpoints;
    private final ReturnReasonCatalog returnReasons;
    private final ObjectProvider<TimelineNotes> timelineNotes;

    private static final List<ProblemScope> LIAISON_TABS = List.of(ProblemScope.OPEN, ProblemScope.DUE_SOON,
            ProblemScope.OVERDUE, ProblemScope.RETURNED, ProblemScope.PENDING, ProblemScope.CLOSED);
    private static final List<ProblemScope> OFFICE_TABS = List.of(ProblemScope.PENDING, ProblemScope.OVERDUE,
            ProblemScope.DUE_SOON, ProblemScope.OPEN, ProblemScope.RETURNED, ProblemScope.CLOSED);

    /** The columns the list sorts by; anything else in the URL falls back to the newest first. */
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("id", "assignedOn", "deadline");

    @ModelAttribute("scopes")
    List<ProblemScope> scopes() {
        return Arrays.asList(ProblemScope.values());
    }

    @GetMapping
    String list(@ModelAttribute("filter") ProblemFilterForm filter,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
        Actor actor = CurrentActor.get();
        // a liaison's list is her unit's workspace; a counselor (confined to several units) reads the ordinary list
        boolean workspace = actor.is(org.chuangcheng.shared.Role.LIAISON);
        boolean pendingQueue = ProblemScope.PENDING.urlValue().equals(filter.getScope());
        Page<Problem> page;
        if (filter.getSort() == null && (workspace || pendingQueue)) {
            // the order of work: her returned and overdue problems first; the queue by the nearest deadline
            int size = Math.min(Math.max(pageable.getPageSize(), 1), 100);
            page = problems.searchUrgentFirst(actor, filter.toFilter(actor), Math.min(pageable.getPageNumber(), 10_000), size);
        } else {
            page = problems.search(actor, filter.toFilter(actor),
                    Paging.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "id")));
        }
        model.addAttribute("page", page);
        model.addAttribute("queue", pendingQueue && actor.isOfficeOrAdmin());
        if (workspace) {
            model.addAttribute("returnReasons", problems.returnReasons(actor,
                    page.getContent().stream().filter(p -> p.getStatus() == ProblemStatus.RETURNED)
                            .map(Problem::getId).toList()));
        }
        ProblemCounts counts = problems.counts(actor);
        model.addAttribute("counts", counts);
        model.addAttribute("tabScopes", workspace ? LIAISON_TABS : OFFICE_TABS);
        model.addAttribute("tabCounts", Map.of(ProblemScope.OPEN.urlValue(), counts.open(),
                ProblemScope.DUE_SOON.urlValue(), counts.dueSoon(), ProblemScope.OVERDUE.urlValue(), counts.overdue(),
                ProblemScope.RETURNED.urlValue(), counts.returned(), ProblemScope.PENDING.urlValue(), counts.pending()));
        Map<String, String> scopeLinks = new HashMap<>();
        scopeLinks.put("", link(null));
        for (ProblemScope s : ProblemScope.values()) {
            scopeLinks.put(s.urlValue(), link(s.urlValue()));
        }
        model.addAttribute("scopeLinks", scopeLinks);
        Map<String, String> sortLinks = new HashMap<>();
        for (String property : List.of("id", "assignedOn", "deadline")) {
            sortLinks.put(property, sortLink(property, filter.getSort()));
        }
        model.addAttribute("sortLinks", sortLinks);
        String query = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page")
                .replaceQueryParam("size").replaceQueryParam("sort").build().getQuery();
        model.addAttribute("exportUrl", "/problems/export.xlsx" + (query == null ? "" : "?" + query));
        model.addAttribute("today", problems.today());
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("liaison", workspace);
        model.addAttribute("office", actor.isOfficeOrAdmin());
        if (!workspace) {
            model.addAttribute("units", units.filterUnits(actor));
            model.addAttribute("districts", units.districtLabels());
            model.addAttribute("unitTypes", org.chuangcheng.organization.UnitType.values());
            model.addAttribute("categories", catalog.categories());
            model.addAttribute("standards", filter.getCategoryId() == null ? List.of()
                    : catalog.checklist(filter.getCategoryId()));
        }
        if (actor.isOfficeOrAdmin() && !model.containsAttribute("bulkForm")) {
            model.addAttribute("bulkForm", new BulkForm());
        }
        return "problem/list";
    }

    /** The liaison's workspace: her unit's open problems. */
    /**
     * 交办问题 outside an inspection: first the checkpoint (searched by name or address), then the problem at it
     * with a standard of its checklist. Raised through {@link ProblemManagement#raise}, the loop's one way in.
     */
    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('INSPECTOR','OFFICE','ADMIN')")
    String raiseForm(@RequestParam(required = false) Long checkpointId, @RequestParam(required = false) String q,
            Model model) {
        Actor actor = CurrentActor.get();
        if (checkpointId == null) {
            String text = q == null || q.isBlank() ? null : q.trim();
            model.addAttribute("q", text);
            model.addAttribute("checkpoints", checkpoints.search(actor, new CheckpointFilter(null, null, null, text, false),
                    org.springframework.data.domain.PageRequest.of(0, 50, Sort.by("name"))).getContent());
            return "problem/choose";
        }
        RaiseForm form = new RaiseForm();
        form.setCheckpointId(checkpointId);
        model.addAttribute("raiseForm", form);
        return raisePage(actor, checkpointId, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('INSPECTOR','OFFICE','ADMIN')")
    String raise(@Valid @ModelAttribute("raiseForm") RaiseForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (form.getCheckpointId() == null) {
            return "redirect:/problems/new";
        }
        if (form.getUnitId() != null && units.active().stream().noneMatch(u -> u.getId().equals(form.getUnitId()))) {
            errors.rejectValue("unitId", "typeMismatch.java.lang.Long");
        }
        if (!errors.hasErrors()) {
            try {
                Problem problem = problems.raise(actor, form.toNewProblem(), form.getPhotos());
                redirect.addFlashAttribute("success", "problem.raised");
                return "redirect:/problems/" + problem.getId();
            } catch (BusinessRuleException e) {
                FormErrors.show(errors, e);
            }
        }
        return raisePage(actor, form.getCheckpointId(), model);
    }

    private String raisePage(Actor actor, Long checkpointId, Model model) {
        Checkpoint checkpoint = checkpoints.get(actor, checkpointId);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("standards", catalog.checklist(checkpoint.getCategory().getId()));
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("units", units.active());
        return "problem/new";
    }

    @GetMapping("/mine")
    String mine() {
        return "redirect:/problems?scope=open";
    }

    /**
     * 整改台账: the filtered list as an Excel workbook, written straight to the response as it is read
     * (never the whole list in memory).
     */
    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") ProblemFilterForm filter, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        String name = "整改台账-" + problems.today() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
        problems.exportLedger(actor, filter.toFilter(actor), LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, @RequestParam(required = false) String queue, Model model) {
        Actor actor = CurrentActor.get();
        Problem problem = problems.get(actor, id);
        model.addAttribute("problem", problem);
        model.addAttribute("returnReason", problem.returnReason().orElse(null));
        model.addAttribute("fromQueue", queue != null && actor.isOfficeOrAdmin());
        model.addAttribute("beforePhotos", problem.getEvents().isEmpty() ? List.of()
                : problem.getEvents().get(0).getPhotos());
        model.addAttribute("afterPhotos", problem.pendingRectification().or(problem::lastRectification)
                .map(r -> r.getPhotos()).orElse(List.of()));
        model.addAttribute("timeline", problems.timeline(actor, id));
        model.addAttribute("timelineNotes", timelineNotes.orderedStream()
                .flatMap(n -> n.notesFor(id, LocaleContextHolder.getLocale()).stream())
                .sorted(java.util.Comparator.comparing(TimelineNote::at)).toList());
        model.addAttribute("today", problems.today());
        model.addAttribute("dueSoon", problems.isDueSoon(problem));
        model.addAttribute("actor", actor);
        if (problem.mayIntervene(actor)) {
            model.addAttribute("units", units.active());
            model.addAttribute("standardReasons", returnReasons.all());
            if (!model.containsAttribute("actionForm")) {
                ActionForm form = new ActionForm();
                form.setVersion(problem.getVersion());
                model.addAttribute("actionForm", form);
            }
        }
        return "problem/detail";
    }

    @GetMapping("/{id}/submit")
    @PreAuthorize("hasRole('LIAISON')")
    String submitForm(@PathVariable Long id, Model model) {
        Problem problem = problems.get(CurrentActor.get(), id);
        SubmitForm form = new SubmitForm();
        form.setVersion(problem.getVersion());
        // a resubmission after a return starts from the previous answer, to be corrected rather than retyped
        problem.returnReason().flatMap(r -> problem.lastRectification()).ifPresent(r -> form.setText(r.getText()));
        model.addAttribute("problem", problem);
        model.addAttribute("submitForm", form);
        return "problem/submit";
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('LIAISON')")
    String submit(@PathVariable Long id, @Valid @ModelAttribute("submitForm") SubmitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                problems.submit(actor, id, form.getVersion(), form.getText(), form.getPhotos());
                redirect.addFlashAttribute("success", "problem.submitted");
                return "redirect:/problems/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                redirect.addFlashAttribute("failure", "problem.conflict");
                return "redirect:/problems/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(binding, e);
            }
        }
        model.addAttribute("problem", problems.get(actor, id));
        return "problem/submit";
    }

    /** The office's verdicts and interventions: close, return, reassign, extend, cancel. */
    @PostMapping("/{id}/{action:close|return|reassign|extend|cancel}")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String act(@PathVariable Long id, @PathVariable String action, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                switch (action) {
                    case "close" -> problems.close(actor, id, form.getVersion(), form.getReason());
                    case "return" -> problems.returnToUnit(actor, id, form.getVersion(), form.returnReason());
                    case "reassign" -> {
                        if (form.getUnitId() == null) {
                            throw new BusinessRuleException("problem.unit.required").concerning("unitId");
                        }
                        problems.reassign(actor, id, form.getVersion(), form.getUnitId(), form.getReason());
                    }
                    case "extend" -> problems.extend(actor, id, form.getVersion(), form.getDeadline(), form.getReason());
                    default -> problems.cancel(actor, id, form.getVersion(), form.getReason());
                }
                redirect.addFlashAttribute("success", "problem.done." + action);
                if (form.isNext() && ("close".equals(action) || "return".equals(action))) {
                    // straight on through the verification queue, nearest deadline first
                    return problems.nextToVerify(actor, id).map(next -> "redirect:/problems/" + next + "?queue=pending")
                            .orElseGet(() -> {
                                redirect.addFlashAttribute("success", "problem.queue.empty");
                                return "redirect:/problems?scope=pending";
                            });
                }
                return "redirect:/problems/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                redirect.addFlashAttribute("failure", "problem.conflict");
                return "redirect:/problems/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(binding, e);
            }
        }
        model.addAttribute("failedAction", action);
        return detail(id, form.isNext() ? "pending" : null, model);
    }

    /** Bulk reassign or new deadline for the selected problems; all or nothing. */
    @PostMapping("/bulk")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    String bulk(@ModelAttribute("bulkForm") BulkForm form, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        String back = form.getBack() != null && form.getBack().startsWith("/problems") ? form.getBack() : "/problems";
        try {
            if (form.getIds().isEmpty()) {
                throw new BusinessRuleException("problem.bulk.noneSelected");
            }
            if ("reassign".equals(form.getOperation())) {
                if (form.getUnitId() == null) {
                    throw new BusinessRuleException("problem.unit.required");
                }
                problems.bulkReassign(actor, form.getIds(), form.getUnitId(), form.getReason());
            } else {
                problems.bulkExtend(actor, form.getIds(), form.getDeadline(), form.getReason());
            }
            redirect.addFlashAttribute("success", "problem.bulk.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", "problem.conflict");
        }
        return "redirect:" + back;
    }

    /** The list sorted by a column; a second click on the same column reverses it. */
    private static String sortLink(String property, String currentSort) {
        String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
        var built = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", next)
                .replaceQueryParam("page").build();
        return built.getPath() + "?" + built.getQuery();
    }

    private static String link(String scope) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page");
        uri = scope == null ? uri.replaceQueryParam("scope") : uri.replaceQueryParam("scope", scope);
        var built = uri.build();
        return built.getPath() + (built.getQuery() == null ? "" : "?" + built.getQuery());
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(required = false) String thumb) {
        return problems.photo(CurrentActor.get(), id, attachmentId, thumb != null).inline();
    }
}

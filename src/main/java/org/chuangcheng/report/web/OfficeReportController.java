package org.chuangcheng.report.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.report.CitizenReport;
import org.chuangcheng.report.CitizenReportManagement;
import org.chuangcheng.report.RejectReason;
import org.chuangcheng.report.ReportFilter;
import org.chuangcheng.report.ReportStatus;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's review queue and a report's page: accept, reject, merge, dispatch, reply. Leaders and
 * administrators read (phone numbers masked); only the office acts and sees a reporter's full phone number.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN','LEADER')")
@RequiredArgsConstructor
class OfficeReportController {

    private static final int PAGE_SIZE = 30;

    private final CitizenReportManagement reports;
    private final UnitManagement units;

    /**
     * The queue by status and category; the figures' and the ranking's links add a period (days submitted), a
     * stage, and the district, unit or unit type of the problem a report was handed to ({@link ReportFilter}).
     */
    @GetMapping
    String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long districtId, @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) ReportFilter.Stage stage,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        Pageable pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        ReportFilter filter = new ReportFilter(status, categoryId, from, to, districtId, unitType, unitId, stage);
        model.addAttribute("page", reports.search(actor, filter, pageable));
        model.addAttribute("filter", filter);
        model.addAttribute("unitName", unitId == null ? null : units.get(unitId).getLabel());
        model.addAttribute("districtName", districtId == null ? null : units.get(districtId).getLabel());
        Map<ReportStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(ReportStatus.values()).forEach(s -> counts.put(s, reports.count(actor, s)));
        model.addAttribute("counts", counts);
        model.addAttribute("status", status);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("categories", reports.allCategories());
        return "report/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        CitizenReport report = reports.get(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("fullPhone", actor.is(org.chuangcheng.shared.Role.OFFICE));
        model.addAttribute("candidates", reports.duplicates(actor, id));
        Optional<Checkpoint> checkpoint = reports.suggestedCheckpoint(report);
        model.addAttribute("checkpoint", checkpoint.orElse(null));
        model.addAttribute("route", checkpoint.map(c -> reports.route(report.getCategory().getId(), c)).orElse(null));
        model.addAttribute("nearby", reports.checkpointsNear(report.getLatitude(), report.getLongitude(),
                report.getAddress()));
        model.addAttribute("units", units.activeUnits());
        model.addAttribute("reasons", RejectReason.values());
        return "report/detail";
    }

    @GetMapping("/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable Long id, @PathVariable Long attachmentId,
            @RequestParam(defaultValue = "false") boolean thumbnail) {
        return reports.photo(CurrentActor.get(), id, attachmentId, thumbnail).inline();
    }

    @PostMapping("/{id}/{step:accept|reject|merge|merge-problem|dispatch|reply}")
    @PreAuthorize("hasRole('OFFICE')")
    String step(@PathVariable Long id, @PathVariable String step, @ModelAttribute ReportActionForm form,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            switch (step) {
                case "accept" -> reports.accept(actor, id, form.getVersion(), form.getComment());
                case "reject" -> reports.reject(actor, id, form.getVersion(), form.getReason(), form.getComment());
                case "merge" -> reports.mergeInto(actor, id, form.getVersion(), form.getEarlierId());
                case "merge-problem" -> reports.mergeIntoProblem(actor, id, form.getVersion(), form.getProblemId());
                case "dispatch" -> reports.dispatch(actor, id, form.getVersion(), form.getCheckpointId(),
                        form.getUnitId());
                default -> reports.reply(actor, id, form.getVersion(), form.getReply());
            }
            redirect.addFlashAttribute("success", "report.step.done." + step);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/reports/" + id;
    }
}

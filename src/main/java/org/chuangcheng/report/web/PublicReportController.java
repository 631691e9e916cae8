package org.chuangcheng.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.report.CitizenReport;
import org.chuangcheng.report.CitizenReportManagement;
import org.chuangcheng.report.ReportCategory;
import org.chuangcheng.report.ReportSource;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side, without an account: report a scene from a phone, follow a ticket, see what was resolved
 * lately. Nothing here shows a phone number or a network address.
 */
@Controller
@RequestMapping("/report")
@RequiredArgsConstructor
class PublicReportController {

    static final int RESOLVED_SHOWN = 30;
    private static final String FORM = "report/public/form";

    private final CitizenReportManagement reports;

    @ModelAttribute("categories")
    List<ReportCategory> categories() {
        return reports.activeCategories();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("reportForm", new ReportForm());
        return FORM;
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            result.reject("report.refused");
        }
        if (!result.hasFieldErrors("address") && form.getLatitude() == null && form.getCheckpointId() == null
                && (form.getAddress() == null || form.getAddress().isBlank())) {
            result.rejectValue("address", "report.place.required");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            CitizenReport report = reports.submit(form.toNewReport(), form.getPhotos(), request.getRemoteAddr(),
                    ReportSource.WEB);
            redirect.addFlashAttribute("ticket", report.getTicket());
            redirect.addFlashAttribute("withPhone", report.getPhone() != null);
            return "redirect:/report/submitted";
        } catch (BusinessRuleException e) {
            FormErrors.show(result, e);
            return FORM;
        }
    }

    @GetMapping("/submitted")
    String submitted(Model model) {
        if (!model.containsAttribute("ticket")) {
            return "redirect:/report/status";
        }
        return "report/public/submitted";
    }

    @GetMapping("/status")
    String statusForm(Model model) {
        model.addAttribute("statusForm", new StatusForm());
        return "report/public/status";
    }

    /** A POST, so that the phone's digits stay out of addresses and logs. */
    @PostMapping("/status")
    String status(@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            reports.lookUp(form.getTicket(), form.getLastFour()).ifPresentOrElse(report -> {
                model.addAttribute("report", report);
                // inline, so that the photos need no public address of their own: the ticket and digits are the key
                model.addAttribute("afterPhotos", reports.afterPhotos(report, AFTER_PHOTOS).stream()
                        .map(PublicReportController::dataUri).toList());
            }, () -> result.reject("report.status.notFound"));
        }
        return "report/public/status";
    }

    static final int AFTER_PHOTOS = 3;

    private static String dataUri(org.chuangcheng.attachment.AttachmentFile photo) {
        try {
            return "data:" + photo.mediaType() + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(photo.content().getContentAsByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/resolved")
    String resolved(Model model) {
        model.addAttribute("reports", reports.recentlyResolved(RESOLVED_SHOWN));
        return "report/public/resolved";
    }

    /** The checkpoints offered for a position or a typed address (an htmx fragment of the form). */
    @GetMapping("/checkpoints")
    String checkpoints(@RequestParam(required = false) BigDecimal latitude,
            @RequestParam(required = false) BigDecimal longitude, @RequestParam(required = false) String address,
            Model model) {
        List<Checkpoint> found = reports.checkpointsNear(latitude, longitude, address);
        model.addAttribute("checkpoints", found);
        return "report/public/checkpoints";
    }
}

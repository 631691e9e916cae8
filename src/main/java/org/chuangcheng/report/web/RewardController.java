package org.chuangcheng.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.report.RewardManagement;
import org.chuangcheng.report.RewardStatus;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payout ledger and the finance office's batch: the office's alone (it holds phone numbers). */
@Controller
@RequestMapping("/reports/rewards")
@PreAuthorize("hasRole('OFFICE')")
@RequiredArgsConstructor
class RewardController {

    private final RewardManagement rewards;

    @GetMapping
    String ledger(@RequestParam(required = false) RewardStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", rewards.ledger(CurrentActor.get(), status, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", RewardStatus.values());
        return "report/rewards";
    }

    @PostMapping("/{id}/pay")
    String pay(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        try {
            rewards.pay(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("success", "report.reward.paid");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/reports/rewards";
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            rewards.refuse(CurrentActor.get(), id, version, reason);
            redirect.addFlashAttribute("success", "report.reward.refused");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/reports/rewards";
    }

    @GetMapping("/export.xlsx")
    void export(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("rewards-due.xlsx").build().toString());
        rewards.exportDue(CurrentActor.get(), locale, response.getOutputStream());
    }
}

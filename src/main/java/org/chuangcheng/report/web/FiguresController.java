package org.chuangcheng.report.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.report.ReportStatistics;
import org.chuangcheng.shared.BusinessRuleException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The channel's figures by period (default: this year so far). */
@Controller
@PreAuthorize("hasAnyRole('OFFICE','ADMIN','LEADER')")
@RequiredArgsConstructor
class FiguresController {

    private final ReportStatistics statistics;

    @GetMapping("/reports/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        try {
            model.addAttribute("figures", from == null && to == null ? statistics.yearToDate()
                    : statistics.figures(from, to));
        } catch (BusinessRuleException e) {
            model.addAttribute("failure", e.getMessageKey());
            model.addAttribute("figures", statistics.yearToDate());
        }
        return "report/figures";
    }
}

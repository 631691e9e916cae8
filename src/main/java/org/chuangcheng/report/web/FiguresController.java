package org.chuangcheng.report.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.report.ReportFigures;
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
    private final UnitManagement units;

    /**
     * The figures of a period, narrowed to the reports handed to the units of a type in a district (the
     * dashboard's tile opens this page with its own filter); each count links to the reports behind it.
     */
    @GetMapping("/reports/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long districtId, @RequestParam(required = false) UnitType unitType,
            Model model) {
        ReportFigures figures;
        try {
            figures = from == null && to == null ? statistics.yearToDate(districtId, unitType)
                    : statistics.figures(from, to, districtId, unitType);
        } catch (BusinessRuleException e) {
            model.addAttribute("failure", e.getMessageKey());
            figures = statistics.yearToDate(districtId, unitType);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("districtId", districtId);
        model.addAttribute("unitType", unitType);
        model.addAttribute("narrowed", districtId != null || unitType != null);
        model.addAttribute("districts", units.districts());
        model.addAttribute("unitTypes", UnitType.values());
        return "report/figures";
    }
}

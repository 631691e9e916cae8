package org.chuangcheng.ranking.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.ranking.MonthlyRanking;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.FormErrors;
import org.chuangcheng.shared.CurrentActor;
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
 * The monthly ranking ({@code /rankings}): leaders, the office and administrators read it; the office closes
 * and reopens a month; an administrator sets the weights ({@code /rankings/settings}). Liaisons and
 * inspectors get 403: a ranking shows every unit.
 */
@Controller
@RequestMapping("/rankings")
@PreAuthorize("hasAnyRole('LEADER','OFFICE','ADMIN')")
@RequiredArgsConstructor
class RankingController {

    /** The first month a ranking can be asked for: no campaign records before it. */
    static final int FIRST_YEAR = 2000;

    private final RankingManagement rankings;
    private final Clock clock;

    @ModelAttribute("components")
    List<RankingComponent> components() {
        return Arrays.asList(RankingComponent.values());
    }

    @GetMapping
    String ranking(@RequestParam(required = false) String month, @RequestParam(required = false) String edition,
            Model model) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        YearMonth shown = lastMonth;
        Integer editionNo = null;
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("filterError", "ranking.invalid.month");
            }
        }
        if (shown.isAfter(YearMonth.now(clock)) || shown.getYear() < FIRST_YEAR) {
            model.addAttribute("filterError", "ranking.invalid.month");
            shown = lastMonth;
        }
        if (edition != null && !edition.isBlank()) {
            try {
                editionNo = Integer.valueOf(edition.trim());
            } catch (NumberFormatException e) {
                model.addAttribute("filterError", "ranking.invalid.edition");
            }
        }
        MonthlyRanking ranking = rankings.ranking(CurrentActor.get(), shown, editionNo);
        model.addAttribute("ranking", ranking);
        model.addAttribute("months", months());
        model.addAttribute("canClose", ranking.month().isBefore(YearMonth.now(clock)));
        return "ranking/list";
    }

    @PostMapping("/{month}/close")
    @PreAuthorize("hasRole('OFFICE')")
    String close(@PathVariable String month, @RequestParam(defaultValue = "0") int editions,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        YearMonth m = parse(month);
        try {
            rankings.close(CurrentActor.get(), m, editions, reason);
            redirect.addFlashAttribute("success", "ranking.closed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/rankings?month=" + m;
    }

    @PostMapping("/{month}/reopen")
    @PreAuthorize("hasRole('OFFICE')")
    String reopen(@PathVariable String month, @RequestParam(defaultValue = "0") int editions,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        YearMonth m = parse(month);
        try {
            rankings.reopen(CurrentActor.get(), m, editions, reason);
            redirect.addFlashAttribute("success", "ranking.reopened");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessageKey());
        }
        return "redirect:/rankings?month=" + m;
    }

    @GetMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    String settings(Model model) {
        model.addAttribute("form", SettingsForm.of(rankings.settings()));
        return "ranking/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    String saveSettings(@Valid @ModelAttribute("form") SettingsForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "ranking/settings";
        }
        Map<RankingComponent, BigDecimal> weights = new EnumMap<>(RankingComponent.class);
        weights.put(RankingComponent.RECTIFICATION, form.getRectification());
        weights.put(RankingComponent.ON_TIME, form.getOnTime());
        weights.put(RankingComponent.COMPLIANCE, form.getCompliance());
        weights.put(RankingComponent.TASKS, form.getTasks());
        weights.put(RankingComponent.VISITS, form.getVisits());
        weights.put(RankingComponent.REPORTS, form.getReports());
        try {
            rankings.updateSettings(CurrentActor.get(), form.getVersion(), form.getMinSample(), weights);
        } catch (BusinessRuleException e) {
            FormErrors.show(binding, e);
            return "ranking/settings";
        }
        redirect.addFlashAttribute("success", "ranking.settings.saved");
        return "redirect:/rankings";
    }

    private YearMonth parse(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() >= FIRST_YEAR) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        throw new BusinessRuleException("ranking.invalid.month");
    }

    /** The last 24 months, newest first, for the month picker. */
    private List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock); months.size() < 24; m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}

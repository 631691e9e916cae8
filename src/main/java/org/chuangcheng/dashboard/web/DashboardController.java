package org.chuangcheng.dashboard.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.dashboard.Dashboard;
import org.chuangcheng.dashboard.DashboardService;
import org.chuangcheng.dashboard.Links;
import org.chuangcheng.dashboard.Tile;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.DashboardFigures;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.Ratio;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' dashboard ({@code /dashboard}), the wall screen ({@code /dashboard/screen}) and the JSON both
 * draw their charts from ({@code /dashboard/data}). For leaders, the office and administrators: a liaison
 * has her own unit's figures on {@code /rates} and gets 403 here, so no city-wide figure ever reaches her.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('LEADER','OFFICE','ADMIN')")
@RequiredArgsConstructor
class DashboardController {

    private final DashboardService dashboards;
    private final UnitManagement units;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    @ModelAttribute("districts")
    List<Unit> districts() {
        return units.districts();
    }

    @ModelAttribute("unitTypes")
    List<UnitType> unitTypes() {
        return Arrays.asList(UnitType.values());
    }

    @ModelAttribute("periods")
    List<String> periods() {
        return DashboardRequest.PERIODS;
    }

    @GetMapping
    String dashboard(@ModelAttribute("filter") DashboardForm form, BindingResult binding, Model model) {
        DashboardRequest request = read(form, binding);
        Dashboard d = dashboards.dashboard(CurrentActor.get(), request.period(), request.districtId(),
                request.unitType());
        model.addAttribute("dashboard", d);
        model.addAttribute("initialData", initial(d));
        model.addAttribute("filterError", request.errorKey());
        model.addAttribute("relapseDays", DashboardFigures.RELAPSE_DAYS);
        return "dashboard/index";
    }

    @GetMapping("/screen")
    String screen(@ModelAttribute("filter") DashboardForm form, BindingResult binding, Model model) {
        DashboardRequest request = read(form, binding);
        Dashboard d = dashboards.dashboard(CurrentActor.get(), request.period(), request.districtId(),
                request.unitType());
        model.addAttribute("dashboard", d);
        model.addAttribute("initialData", initial(d));
        model.addAttribute("now", LocalDateTime.now(clock).withNano(0));
        int refresh = form.getRefresh() == null ? 60 : form.getRefresh();
        model.addAttribute("refreshSeconds", Math.max(5, Math.min(3600, refresh)));
        return "dashboard/screen";
    }

    /** The charts' data (and the wall screen's refresh): the same figures as the page, labels translated. */
    @GetMapping("/data")
    @ResponseBody
    DashboardJson data(@ModelAttribute("filter") DashboardForm form, BindingResult binding) {
        DashboardRequest request = read(form, binding);
        return json(dashboards.dashboard(CurrentActor.get(), request.period(), request.districtId(),
                request.unitType()));
    }

    /**
     * The charts' first data, inside the page that draws them (a {@code data-initial} attribute): a view computes
     * the dashboard once, and {@code /dashboard/data} is fetched only by the wall screen's later refreshes.
     */
    private String initial(Dashboard d) {
        return json.writeValueAsString(json(d));
    }

    private DashboardJson json(Dashboard d) {
        return new DashboardJson(d.period().from().toString(), d.period().to().toString(),
                LocalDateTime.now(clock).withNano(0).toString(),
                d.tiles().stream().map(t -> new TileJson(t.id(), message(t.labelKey()), t.value(), t.fraction(),
                        t.change(), t.better())).toList(),
                series(d.byWeek(), RateRow::label, Figures::rectificationRate, r -> true, "assigned", d.unitType()),
                series(d.byMonth(), RateRow::label, Figures::rectificationRate, r -> true, "assigned", d.unitType()),
                series(d.byDistrict(), RateRow::label, Figures::rectificationRate, r -> r.figures().assigned() > 0,
                        "withDeadline", d.unitType()),
                series(d.byUnitType(), r -> message("unit.type." + r.key()), Figures::rectificationRate,
                        r -> r.figures().assigned() > 0, "withDeadline", d.unitType()),
                series(d.worstUnits(), RateRow::label, Figures::rectificationRate, r -> true, "withDeadline",
                        d.unitType()),
                series(d.byCategory(), RateRow::label, Figures::compliance, r -> r.figures().assessed() > 0,
                        "assigned", d.unitType()),
                new Series(d.failingStandards().stream().map(RateRow::label).toList(),
                        d.failingStandards().stream().map(r -> BigDecimal.valueOf(r.figures().assigned())).toList(),
                        d.failingStandards().stream().map(r -> r.figures().assigned()).toList(),
                        d.failingStandards().stream().map(r -> link(r, "assigned", d.unitType())).toList()),
                new Series(d.relapses().stream().map(r -> r.checkpointName()).toList(),
                        d.relapses().stream().map(r -> BigDecimal.valueOf(r.relapses())).toList(),
                        d.relapses().stream().map(r -> r.relapses()).toList(),
                        d.relapses().stream().map(r -> contextPath() + Links.checkpointProblems(r.checkpointId(),
                                RateFilter.period(d.period().from(), d.period().to()))).toList()),
                d.overdueTotal());
    }

    private DashboardRequest read(DashboardForm form, BindingResult binding) {
        return DashboardRequest.of(form, binding.hasErrors(), LocalDate.now(clock), units.districts());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /**
     * A chart series: labels, rates in percent ({@code null} over zero items, never 0), the counts, and for each
     * bar the problems behind it (null where no list can express the group): a click on a bar opens them.
     */
    private static Series series(List<RateRow> rows, Function<RateRow, String> label, Function<Figures, Ratio> rate,
            Predicate<RateRow> include, String scope, UnitType unitType) {
        List<RateRow> shown = rows.stream().filter(include).toList();
        return new Series(shown.stream().map(label).toList(),
                shown.stream().map(r -> rate.apply(r.figures()).percentOrNull()).toList(),
                shown.stream().map(r -> r.figures().assigned()).toList(),
                shown.stream().map(r -> link(r, scope, unitType)).toList());
    }

    private static String link(RateRow row, String scope, UnitType unitType) {
        return row.filter() == null ? null : contextPath() + Links.problems(row.filter(), scope, unitType);
    }

    private static String contextPath() {
        String path = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
        return path == null ? "" : path;
    }

    record DashboardJson(String from, String to, String updatedAt, List<TileJson> tiles, Series weeks, Series months,
            Series districts, Series unitTypes, Series worstUnits, Series categories, Series standards,
            Series relapses, long overdueTotal) {
    }

    record TileJson(String id, String label, String value, String fraction, String change, int better) {
    }

    record Series(List<String> labels, List<BigDecimal> values, List<Long> counts, List<String> links) {
    }
}

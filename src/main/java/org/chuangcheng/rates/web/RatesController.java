package org.chuangcheng.rates.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointCategory;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.rates.GroupBy;
import org.chuangcheng.rates.InvalidRateFilter;
import org.chuangcheng.rates.RateColumn;
import org.chuangcheng.rates.RateFigures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateTable;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The rates page (整改率统计): a filter bar, a chart of the rectification rate by group and the table of
 * every figure, each count a link to the problems behind it. Everyone signed in may read it; a liaison
 * reads only her own unit's figures (the service confines her filter).
 */
@Controller
@RequiredArgsConstructor
class RatesController {

    private static final ProblemLinks LINKS = new ProblemLinks();

    private final RateFigures rates;
    private final UnitManagement units;
    private final CheckpointCatalog catalog;
    private final Clock clock;

    @ModelAttribute("districts")
    List<Unit> districts() {
        return units.districts();
    }

    @ModelAttribute("categories")
    List<CheckpointCategory> categories() {
        return catalog.categories();
    }

    @ModelAttribute("groupBys")
    List<GroupBy> groupBys() {
        return Arrays.asList(GroupBy.values());
    }

    @ModelAttribute("periods")
    List<PeriodPreset> periods() {
        return Arrays.asList(PeriodPreset.values());
    }

    @GetMapping("/rates")
    String rates(@ModelAttribute("filter") RatesForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (binding.hasErrors()) {
            // a mangled query string (unitId=abc) is dropped, not a 500: the field is left empty
            model.addAttribute("filterError", "rates.invalid.parameters");
            model.addAttribute("filterErrorArgs", new Object[0]);
        }
        LocalDate today = LocalDate.now(clock);
        PeriodPreset period = PeriodPreset.fromParam(form.getPeriod());
        if (period == null) {
            period = form.getFrom() != null || form.getTo() != null ? PeriodPreset.CUSTOM : PeriodPreset.THIS_YEAR;
        }
        if (period != PeriodPreset.CUSTOM) {
            LocalDate[] range = period.range(today);
            form.setFrom(range[0]);
            form.setTo(range[1]);
        } else {
            LocalDate[] fallback = PeriodPreset.THIS_MONTH.range(today);
            form.setFrom(form.getFrom() == null ? fallback[0] : form.getFrom());
            form.setTo(form.getTo() == null ? fallback[1] : form.getTo());
        }
        form.setPeriod(period.param());
        GroupBy groupBy = GroupBy.fromParam(form.getGroupBy()).orElse(GroupBy.UNIT);
        form.setGroupBy(groupBy.param());
        if (actor.isConfinedToUnit()) {
            form.setUnitId(actor.unitId());
            model.addAttribute("confinedUnitName", units.nameOf(actor.unitId()).orElse(""));
        } else {
            model.addAttribute("units", units.active());
        }

        RateFilter filter = new RateFilter(form.getFrom(), form.getTo(), form.getDistrictId(), form.getUnitId(),
                form.getCategoryId(), form.getStandardId());
        try {
            RateTable table = rates.table(actor, filter, groupBy);
            // units are compared by their rectification rate, best first, unless the user sorts otherwise
            String sort = (form.getSort() == null || form.getSort().isBlank()) && groupBy == GroupBy.UNIT
                    ? RateColumn.RECTIFICATION_RATE.param() + ",desc" : form.getSort();
            model.addAttribute("table", sort(table, sort));
        } catch (InvalidRateFilter e) {
            model.addAttribute("filterError", e.getMessageKey());
            model.addAttribute("filterErrorArgs", e.getArguments());
        }
        model.addAttribute("sortLinks", sortLinks(form.getSort()));
        model.addAttribute("apiLink", actor.isOfficeOrAdmin()); // the JSON is for the office's own tools
        model.addAttribute("links", LINKS);
        return "rates/list";
    }

    /** Each column header sorts by its column; a second click on the same column reverses the order. */
    private static Map<String, String> sortLinks(String currentSort) {
        Map<String, String> links = new HashMap<>();
        for (RateColumn column : RateColumn.values()) {
            String asc = column.param() + ",asc";
            UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("sort", asc.equals(currentSort) ? column.param() + ",desc" : asc)
                    .build();
            links.put(column.param(), uri.getPath() + "?" + uri.getQuery());
        }
        return links;
    }

    private static RateTable sort(RateTable table, String sort) {
        if (sort == null || sort.isBlank()) {
            return table;
        }
        String[] parts = sort.split(",");
        return RateColumn.fromParam(parts[0])
                .map(column -> table.sortedBy(column, parts.length < 2 || !"desc".equalsIgnoreCase(parts[1].trim())))
                .orElse(table);
    }
}

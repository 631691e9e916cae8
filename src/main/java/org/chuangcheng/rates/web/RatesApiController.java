package org.chuangcheng.rates.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.GroupBy;
import org.chuangcheng.rates.InvalidRateFilter;
import org.chuangcheng.rates.RateFigures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.rates.RateTable;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rates as JSON for big screens and integrations (docs/api.md). Same figures, same liaison rule as
 * the page; rates are percentages with two decimals, or {@code null} over zero items.
 */
@RestController
@RequiredArgsConstructor
class RatesApiController {

    private final RateFigures rates;
    private final Clock clock;

    @GetMapping("/api/rates")
    RatesResponse rates(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) Long standardId,
            @RequestParam(required = false) String groupBy) {
        Actor actor = CurrentActor.get();
        YearMonth thisMonth = YearMonth.now(clock);
        RateFilter filter = new RateFilter(from == null ? thisMonth.atDay(1) : from,
                to == null ? thisMonth.atEndOfMonth() : to, districtId, unitId, categoryId, standardId);
        if (groupBy == null || groupBy.isBlank()) {
            RateFilter effective = rates.confine(actor, filter);
            return new RatesResponse(FilterJson.of(effective), null, actor.isConfinedToUnit(),
                    LocalDate.now(clock).toString(), FiguresJson.of(rates.totals(actor, filter)), List.of());
        }
        GroupBy dimension = GroupBy.fromParam(groupBy)
                .orElseThrow(() -> new InvalidRateFilter("rates.invalid.groupBy", groupBy));
        RateTable table = rates.table(actor, filter, dimension);
        return new RatesResponse(FilterJson.of(table.filter()), dimension.param(), table.confinedToUnit(),
                LocalDate.now(clock).toString(), FiguresJson.of(table.totals()),
                table.rows().stream().map(RowJson::of).toList());
    }

    record RatesResponse(FilterJson filter, String groupBy, boolean confinedToUnit, String today, FiguresJson totals,
            List<RowJson> rows) {
    }

    record FilterJson(String from, String to, Long districtId, Long unitId, Long categoryId, Long standardId) {
        static FilterJson of(RateFilter f) {
            return new FilterJson(f.from().toString(), f.to().toString(), f.districtId(), f.unitId(), f.categoryId(),
                    f.standardId());
        }
    }

    record RowJson(String key, String label, FiguresJson figures) {
        static RowJson of(RateRow row) {
            return new RowJson(row.key(), row.label(), FiguresJson.of(row.figures()));
        }
    }

    record FiguresJson(long assigned, long withDeadline, long closed, BigDecimal rectificationRatePercent, long due,
            long onTime, BigDecimal onTimeRatePercent, long overdue, long reviewed, long returned,
            BigDecimal returnRatePercent, long passed, long assessed, BigDecimal compliancePercent) {
        static FiguresJson of(Figures f) {
            return new FiguresJson(f.assigned(), f.withDeadline(), f.closed(), f.rectificationRate().percentOrNull(),
                    f.due(), f.onTime(), f.onTimeRate().percentOrNull(), f.overdue(), f.reviewed(), f.returned(),
                    f.returnRate().percentOrNull(), f.passed(), f.assessed(), f.compliance().percentOrNull());
        }
    }
}

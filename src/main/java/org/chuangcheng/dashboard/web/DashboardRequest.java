package org.chuangcheng.dashboard.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.chuangcheng.dashboard.DashboardPeriod;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;

/**
 * A dashboard filter read from the form: a period (this year so far by default), an optional district and
 * unit type, or the message key of what was wrong with it (the defaults then apply).
 */
record DashboardRequest(DashboardPeriod period, Long districtId, UnitType unitType, String errorKey) {

    static final List<String> PERIODS = List.of("thisYear", "thisMonth", "lastMonth", "custom");

    /** Years a custom period may touch: the campaign's records, not year 0 or 99999 from a mangled URL. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    static DashboardRequest of(DashboardForm form, boolean bindingErrors, LocalDate today, List<Unit> districts) {
        String error = bindingErrors ? "dashboard.invalid.parameters" : null;
        String period = form.getPeriod() == null || form.getPeriod().isBlank()
                ? (form.getFrom() != null || form.getTo() != null ? "custom" : "thisYear") : form.getPeriod().trim();
        if (!PERIODS.contains(period)) {
            error = "dashboard.invalid.period";
            period = "thisYear";
        }
        DashboardPeriod range = switch (period) {
            case "thisMonth" -> new DashboardPeriod(today.withDayOfMonth(1), today);
            case "lastMonth" -> new DashboardPeriod(YearMonth.from(today).minusMonths(1).atDay(1),
                    YearMonth.from(today).minusMonths(1).atEndOfMonth());
            case "custom" -> null;
            default -> new DashboardPeriod(today.withDayOfYear(1), today);
        };
        if (range == null) {
            LocalDate from = form.getFrom() == null ? today.withDayOfYear(1) : form.getFrom();
            LocalDate to = form.getTo() == null ? today : form.getTo();
            if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
                error = "dashboard.invalid.periodRange";
                period = "thisYear";
                range = new DashboardPeriod(today.withDayOfYear(1), today);
            } else if (from.isAfter(to)) {
                error = "dashboard.invalid.periodOrder";
                period = "thisYear";
                range = new DashboardPeriod(today.withDayOfYear(1), today);
            } else if (from.plusYears(5).isBefore(to)) {
                error = "dashboard.invalid.periodTooLong";
                period = "thisYear";
                range = new DashboardPeriod(today.withDayOfYear(1), today);
            } else {
                range = new DashboardPeriod(from, to);
            }
        }
        form.setPeriod(period);
        form.setFrom(range.from());
        form.setTo(range.to());
        Long districtId = form.getDistrictId();
        Long asked = districtId;
        if (asked != null && districts.stream().noneMatch(d -> d.getId().equals(asked))) {
            error = "dashboard.invalid.district";
            districtId = null;
            form.setDistrictId(null);
        }
        UnitType unitType = null;
        if (form.getUnitType() != null && !form.getUnitType().isBlank()) {
            try {
                unitType = UnitType.valueOf(form.getUnitType().trim().toUpperCase(Locale.ROOT));
                form.setUnitType(unitType.name());
            } catch (IllegalArgumentException e) {
                error = "dashboard.invalid.unitType";
                form.setUnitType(null);
            }
        }
        return new DashboardRequest(range, districtId, unitType, error);
    }
}

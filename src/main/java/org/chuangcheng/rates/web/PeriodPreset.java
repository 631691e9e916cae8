package org.chuangcheng.rates.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** The periods people ask for most; anything else is a custom from/to. */
enum PeriodPreset {
    THIS_MONTH, LAST_MONTH, THIS_YEAR, CUSTOM;

    public String param() {
        return switch (this) {
            case THIS_MONTH -> "thisMonth";
            case LAST_MONTH -> "lastMonth";
            case THIS_YEAR -> "thisYear";
            case CUSTOM -> "custom";
        };
    }

    public String messageKey() {
        return "rates.period." + param();
    }

    /** First and last day of the preset's period; {@code null} for CUSTOM. */
    LocalDate[] range(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> month(YearMonth.from(today));
            case LAST_MONTH -> month(YearMonth.from(today).minusMonths(1));
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today}; // this year so far
            case CUSTOM -> null;
        };
    }

    static PeriodPreset fromParam(String value) {
        if (value != null) {
            for (PeriodPreset p : values()) {
                if (p.param().equalsIgnoreCase(value.trim()) || p.name().equalsIgnoreCase(value.trim())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static LocalDate[] month(YearMonth month) {
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }

    @Override
    public String toString() {
        return param().toLowerCase(Locale.ROOT);
    }
}

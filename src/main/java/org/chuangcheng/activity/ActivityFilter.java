package org.chuangcheng.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import org.chuangcheng.organization.UnitType;

/**
 * Which activities: a unit, a district, the units of a type, a kind, held from and to (days, inclusive); nulls
 * mean any. The list takes months or days, the dashboard's links days.
 */
public record ActivityFilter(Long unitId, Long districtId, UnitType unitType, ActivityKind kind, LocalDate from,
        LocalDate to) {

    /** Whole months, from the first day of {@code from} to the last of {@code to}. */
    public ActivityFilter(Long unitId, Long districtId, ActivityKind kind, YearMonth from, YearMonth to) {
        this(unitId, districtId, null, kind, from == null ? null : from.atDay(1), to == null ? null : to.atEndOfMonth());
    }

    LocalDate firstDay() {
        return from == null ? LocalDate.of(2000, 1, 1) : from;
    }

    LocalDate lastDay() {
        return to == null ? LocalDate.of(9999, 12, 31) : to;
    }
}

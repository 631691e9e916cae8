package org.chuangcheng.activity;

import java.time.LocalDate;
import java.time.YearMonth;

/** Which activities: a unit, a district, a kind, months from and to (inclusive); nulls mean any. */
public record ActivityFilter(Long unitId, Long districtId, ActivityKind kind, YearMonth from, YearMonth to) {

    LocalDate firstDay() {
        return from == null ? LocalDate.of(2000, 1, 1) : from.atDay(1);
    }

    LocalDate lastDay() {
        return to == null ? LocalDate.of(9999, 12, 31) : to.atEndOfMonth();
    }
}

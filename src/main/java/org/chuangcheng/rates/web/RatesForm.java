package org.chuangcheng.rates.web;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The rates page's filter bar, bound from the query string. */
@Getter
@Setter
class RatesForm {

    /** thisMonth, lastMonth, thisYear or custom; empty: custom when dates are given, else this month. */
    private String period;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private Long districtId;
    private Long unitId;
    private Long categoryId;
    private Long standardId;
    private String groupBy;
    /** {@code column,asc} or {@code column,desc}, as the sortable headers write it. */
    private String sort;
}

package org.chuangcheng.dashboard.web;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The dashboard's filter bar, bound from the query string (the wall screen takes the same parameters). */
@Getter
@Setter
class DashboardForm {

    /** thisYear (default), thisMonth, lastMonth or custom (from/to). */
    private String period;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private Long districtId;

    /** A unit type's name (BUREAU, DISTRICT…); empty for all. */
    private String unitType;

    /** The wall screen's refresh interval in seconds (default 60, kept between 5 and 3600). */
    private Integer refresh;
}

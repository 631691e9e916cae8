package org.chuangcheng.calendar;

/** An exception to the Monday–Friday week: a day off on a weekday, or a worked weekend day (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}

/** The official working-day calendar (holidays and 调休 make-up days) and deadline arithmetic. */
package org.chuangcheng.calendar;

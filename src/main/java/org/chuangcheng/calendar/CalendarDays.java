package org.chuangcheng.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDays extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findAllByOrderByDay();

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}

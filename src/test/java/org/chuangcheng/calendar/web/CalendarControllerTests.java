package org.chuangcheng.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.CalendarDay;
import org.chuangcheng.calendar.DayKind;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Calendar maintenance; tests write only into the 2090s so that no real deadline moves. */
class CalendarControllerTests extends AbstractIntegrationTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    RequestPostProcessor admin() {
        return as("admin");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/calendar/new")).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "leader", "inspector", "liaison"})
    void everyoneButAdministratorsIsRefused(String username) throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar/new").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar/2026-02-16/edit").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2026-02-16/delete").with(as(username)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar").with(as(username)).with(csrf())
                        .param("day", "2096-01-02").param("kind", "HOLIDAY").param("name", "偷偷放假"))
                .andExpect(status().isForbidden());
        assertThat(calendar.exceptionOn(LocalDate.of(2026, 2, 16))).isPresent();
        assertThat(calendar.exceptionOn(LocalDate.of(2096, 1, 2))).isEmpty();
    }

    @Test
    void administratorsSeeTheExceptionsOfAYear() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"day-2026-02-14\"")))
                .andExpect(content().string(Matchers.containsString("春节调休上班")))
                .andExpect(content().string(Matchers.containsString("放假 33 天，调休上班 6 天")));
        mvc.perform(get("/admin/calendar").param("year", "2027").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"no-days\"")));
        mvc.perform(get("/admin/calendar").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/admin/calendar").param("year", "abc").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/calendar/new").param("year", "2027").with(admin())).andExpect(status().isOk());
    }

    @Test
    void anAdministratorAddsEditsMovesAndRemovesAHoliday() throws Exception {
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "2091-02-05").param("kind", "HOLIDAY").param("name", "春节"))
                .andExpect(redirectedUrl("/admin/calendar?year=2091"))
                .andExpect(flash().attribute("success", "calendar.saved"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2091, 2, 5))).isFalse();

        mvc.perform(get("/admin/calendar/2091-02-05/edit").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"2091-02-05\"")));
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf()).param("originalDay", "2091-02-05")
                        .param("day", "2091-02-06").param("kind", "HOLIDAY").param("name", "春节（改）"))
                .andExpect(redirectedUrl("/admin/calendar?year=2091"));
        assertThat(calendar.exceptionOn(LocalDate.of(2091, 2, 5))).isEmpty();
        assertThat(calendar.exceptionOn(LocalDate.of(2091, 2, 6))).get()
                .extracting(CalendarDay::getName).isEqualTo("春节（改）");

        mvc.perform(post("/admin/calendar/2091-02-06/delete").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2091"))
                .andExpect(flash().attribute("success", "calendar.removed"));
        assertThat(calendar.exceptionOn(LocalDate.of(2091, 2, 6))).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2091, 2, 6))).isTrue();
    }

    @Test
    void theListOffersAConfirmationBeforeRemoving() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(admin()))
                .andExpect(content().string(Matchers.containsString("data-confirm=\"确定删除 2026-01-01 的设置吗")));
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "").param("kind", "").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("calendarDayForm", "day", "kind", "name"))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "not-a-date").param("kind", "NONSENSE").param("name", "x".repeat(51)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("calendarDayForm", "day", "kind", "name"));
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefusedOnTheDateField() throws Exception {
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "2092-03-05").param("kind", "WORKDAY").param("name", "调休"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("calendarDayForm", "day", "calendar.workday.notWeekend"))
                .andExpect(content().string(Matchers.containsString("调休上班日必须是周六或周日")));
        assertThat(calendar.exceptionOn(LocalDate.of(2092, 3, 5))).isEmpty();
    }

    @Test
    void aNewEntryOnADayThatHasOneIsRefused() throws Exception {
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "2026-02-16").param("kind", "HOLIDAY").param("name", "覆盖"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("calendarDayForm", "day", "calendar.day.taken"));
        assertThat(calendar.exceptionOn(LocalDate.of(2026, 2, 16))).get()
                .extracting(CalendarDay::getName).isEqualTo("春节");
    }

    @Test
    void aDayOutsideTheSupportedYearsIsRefused() throws Exception {
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf())
                        .param("day", "1999-12-31").param("kind", "HOLIDAY").param("name", "旧"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("calendarDayForm", "day", "calendar.day.outOfRange"));
    }

    @Test
    void editingOrRemovingADayWithoutEntryIsNotFound() throws Exception {
        mvc.perform(get("/admin/calendar/2093-06-01/edit").with(admin())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/calendar/2093-06-01/delete").with(admin()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(DayKind.values()).hasSize(2);
    }

    @Test
    void twoAdministratorsEditingOneDayAreToldInsteadOfOverwritingEachOther() throws Exception {
        calendar.setException(LocalDate.of(2094, 10, 1), DayKind.HOLIDAY, "国庆节");
        long seen = calendar.exceptionOn(LocalDate.of(2094, 10, 1)).orElseThrow().getVersion();
        mvc.perform(get("/admin/calendar/2094-10-01/edit").with(admin()))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + seen + "\"")));

        mvc.perform(post("/admin/calendar").with(admin()).with(csrf()).param("originalDay", "2094-10-01")
                        .param("version", "" + seen).param("day", "2094-10-01").param("kind", "HOLIDAY")
                        .param("name", "国庆节（第一位）"))
                .andExpect(redirectedUrl("/admin/calendar?year=2094"));
        mvc.perform(post("/admin/calendar").with(admin()).with(csrf()).param("originalDay", "2094-10-01")
                        .param("version", "" + seen).param("day", "2094-10-01").param("kind", "HOLIDAY")
                        .param("name", "国庆节（第二位）"))
                .andExpect(status().isConflict());

        assertThat(calendar.exceptionOn(LocalDate.of(2094, 10, 1)).orElseThrow().getName()).isEqualTo("国庆节（第一位）");
    }
}

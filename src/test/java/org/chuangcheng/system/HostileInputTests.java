package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a hostile run found in query strings and text fields: unknown sort columns, absurd pages, sizes and
 * years, NUL bytes. Never a 500; a 400 with a message or a field message instead.
 */
class HostileInputTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @CsvSource({"/problems,office", "/inspections,office", "/admin/accounts,admin", "/tasks,office",
        "/checkpoints,office", "/units,office"})
    void unknownSortColumnsHugePagesAndSizesGiveAnOrdinaryPage(String list, String username) throws Exception {
        for (String query : new String[] {"sort=nonsense", "sort=passwordHash,asc", "sort=unit.name;drop",
            "page=2147483647", "page=2147483647&size=2147483647", "size=2000", "page=-5&size=-1"}) {
            MvcResult result = mvc.perform(get(list + "?" + query).with(as(username))).andReturn();
            assertThat(result.getResponse().getStatus()).as(list + "?" + query).isEqualTo(200);
            Object page = result.getModelAndView().getModel().get("page");
            if (page instanceof Page<?> p) {
                assertThat(p.getSize()).as(list + "?" + query).isLessThanOrEqualTo(100);
            }
        }
    }

    @Test
    void accountsAreNeverSortedByTheirPasswordHash() throws Exception {
        mvc.perform(get("/admin/accounts?sort=passwordHash,desc").with(as("admin")))
                .andExpect(status().isOk()).andExpect(model().attribute("sort", "username,asc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=-999999999-01-01&to=2026-01-31", "from=2026-01-01&to=+999999999-12-31",
        "from=0000-01-01&to=0001-01-01", "from=9999-01-01&to=9999-12-31"})
    void absurdYearsOnTheRatesApiAre400WithAMessage(String query) throws Exception {
        String body = mvc.perform(get("/api/rates?" + query).with(as("office")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":400", "\"message\":\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/problems/export.xlsx", "/tasks/export.xlsx", "/problems", "/tasks", "/inspections",
        "/tasks/completion"})
    void absurdYearsOnListsAndExportsAre400(String path) throws Exception {
        mvc.perform(get(path + "?from=-999999999-01-01&to=+999999999-12-31").with(as("office")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAbsurdYearOnTheRatesPageIsAFieldMessage() throws Exception {
        mvc.perform(get("/rates?from=-999999999-01-01&to=2026-01-31").with(as("office")))
                .andExpect(status().isOk()).andExpect(model().attributeExists("filterError"));
    }

    @Test
    void aNulInAFormFieldIsAFieldMessageAndNothingIsSaved() throws Exception {
        Map<String, Object> problem = jdbc.queryForMap("select p.id, p.version from problems p join accounts a"
                + " on a.unit_id = p.responsible_unit_id where a.username = 'liaison' and p.status = 'ASSIGNED'"
                + " order by p.id desc limit 1");
        mvc.perform(multipart("/problems/" + problem.get("id") + "/submit").with(as("liaison")).with(csrf())
                        .param("version", "" + problem.get("version")).param("text", "已整改\0完毕"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("submitForm", "text", "typeMismatch"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能包含不可见的控制字符")));
        assertThat(jdbc.queryForObject("select status from problems where id = ?", String.class, problem.get("id")))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void aNulInASearchParameterIsABadRequestNotAConflict() throws Exception {
        mvc.perform(get("/problems").param("q", "a\0b").with(as("office"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/accounts").param("q", "a\0b").with(as("admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void aNulInTheUsernameIsAnOrdinaryFailedSignIn() throws Exception {
        mvc.perform(post("/login").param("username", "admin\0").param("password", "x").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.77");
                    return request;
                })).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void bidirectionalOverridesAreDroppedFromText() {
        assertThat(InputBinding.clean("报告\u202Egpj.exe\u2066x\u2069")).isEqualTo("报告gpj.exex");
    }

    @ParameterizedTest
    @CsvSource({"/problems,office", "/tasks,office", "/units,office", "/checkpoints,office", "/admin/accounts,admin"})
    void percentAndUnderscoreAreSearchedForLiterallyNotAsWildcards(String list, String username) throws Exception {
        long all = total(list + "?size=1", username);
        assertThat(all).isPositive();
        assertThat(total(list + "?size=1&q=%25", username)).as(list + "?q=%").isLessThan(all);
        assertThat(total(list + "?size=1&q=_", username)).as(list + "?q=_").isLessThan(all);
        assertThat(total(list + "?size=1&q=%5C", username)).as(list + "?q=\\").isLessThan(all);
    }

    long total(String url, String username) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn();
        return ((Page<?>) result.getModelAndView().getModel().get("page")).getTotalElements();
    }

    @Test
    void likePatternsEscapeTheirWildcards() {
        assertThat(org.chuangcheng.shared.LikePatterns.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}

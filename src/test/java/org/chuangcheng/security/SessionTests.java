package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sessions in PostgreSQL (Spring Session JDBC): what one instance signed in, any instance on the same database
 * accepts; at most {@code app.security.max-sessions} (3) per account; HSTS on https answers only.
 */
class SessionTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Session@2026x";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    String newAccount() {
        String username = "session" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        accounts.create(username, PASSWORD, "会话测试", Role.INSPECTOR, null, null);
        return username;
    }

    Cookie signIn(String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").param("username", username)
                        .param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse();
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("Spring Session's cookie").isNotNull();
        return session;
    }

    @Test
    void aSignedInSessionLivesInTheDatabaseAndOnlyThere() throws Exception {
        String username = newAccount();
        Cookie session = signIn(username);

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                username)).isEqualTo(1);
        // a request carrying nothing but the cookie is signed in: the session is read from PostgreSQL, as
        // another instance on the same database would read it
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("会话测试")));

        jdbc.update("delete from spring_session where principal_name = ?", username);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFourthSignInEndsTheOldestSessionWhichIsToldWhy() throws Exception {
        String username = newAccount();
        List<Cookie> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(signIn(username));
        }

        mvc.perform(get("/").cookie(sessions.get(0))).andExpect(redirectedUrl("/login?expired"));
        for (Cookie newer : sessions.subList(1, 4)) {
            mvc.perform(get("/").cookie(newer)).andExpect(status().isOk());
        }
        mvc.perform(get("/login").param("expired", "")).andExpect(content().string(
                Matchers.containsString("超过同时在线数上限")));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ? and action = 'SESSION_LIMIT'",
                Long.class, username)).isEqualTo(1);
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}

package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.StatementCounter;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the HTTP session costs a signed-in page view: the session is read once (not once more for the
 * concurrent-session check) and its last access is written back at most once a minute, not after every page.
 */
@Import(StatementCounter.Config.class)
class SessionCostTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Session@2026x";

    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    Cookie signIn() throws Exception {
        String username = "cost" + System.nanoTime() % 10_000_000;
        accounts.create(username, PASSWORD, "会话成本", Role.INSPECTOR, null, null);
        return mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    Instant lastAccess(Cookie cookie) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
                (rs, row) -> Instant.ofEpochMilli(rs.getLong(1)), sessionId(cookie));
    }

    static String sessionId(Cookie cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie.getValue()));
    }

    @Test
    void aPageViewReadsTheSessionOnceAndWritesNothingBack() throws Exception {
        Cookie session = signIn();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        int statements = StatementCounter.countSessionStatements(
                () -> mvc.perform(get("/").cookie(session)).andExpect(status().isOk()));

        assertThat(statements).as("one SELECT of the session, no second read, no UPDATE: %s", StatementCounter.SESSION_SQL).isEqualTo(1);
    }

    @Test
    void theLastAccessIsMovedOnOnceItIsAMinuteOld() throws Exception {
        Cookie session = signIn();
        Instant old = Instant.now().minus(Duration.ofMinutes(5));
        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", old.toEpochMilli(),
                sessionId(session));

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        assertThat(lastAccess(session)).isAfter(old.plus(Duration.ofMinutes(4)));
        // and the session's expiry moved with it, so an active user is not signed out after 30 minutes
        assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class,
                sessionId(session))).isGreaterThan(Instant.now().plus(Duration.ofMinutes(20)).toEpochMilli());
    }
}

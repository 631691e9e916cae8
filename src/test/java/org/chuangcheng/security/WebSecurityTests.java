package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.chuangcheng.AbstractIntegrationTests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithUserDetails;

/** The application-wide security settings: CSRF, headers, sessions, public endpoints. */
class WebSecurityTests extends AbstractIntegrationTests {

    @Autowired
    Environment environment;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsPublicAndInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("登录")));
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "office").param("password", "Demo@2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void aChangeWithoutCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        mvc.perform(post("/account/password")
                        .param("currentPassword", "Demo@2026").param("newPassword", "Other@2026")
                        .param("repeatPassword", "Other@2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar").param("day", "2095-01-01").param("kind", "HOLIDAY").param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-eval"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Permissions-Policy"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutesOfInactivity() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
    }

    @Test
    void healthIsUpForAnonymousMonitoring() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/env")).andExpect(status().isFound());
    }

    @Test
    @WithUserDetails("office")
    void signingOutNeedsAPostAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }
}

package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.BrowserSession;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** 三员分立 from the first day: the officers come from the environment and must choose their own passwords. */
class OfficerBootstrapTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OfficerBootstrap bootstrap;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    @Test
    @Transactional // the demo's audit administrator is taken away only inside this test's rolled-back transaction
    void anOfficerIsCreatedFromTheEnvironmentOnlyWhileNobodyHoldsTheRole() {
        jdbc.update("update accounts set role = 'LEADER' where role = 'AUDITOR'");
        String first = unique("aud");

        bootstrap.create(Role.AUDITOR, first, "Audit#2026xy", "APP_BOOTSTRAP_AUDITOR");
        bootstrap.create(Role.AUDITOR, unique("aud"), "Audit#2026xy", "APP_BOOTSTRAP_AUDITOR");
        bootstrap.create(Role.SECURITY, unique("sec"), "Security#2026", "APP_BOOTSTRAP_SECURITY_OFFICER");

        assertThat(jdbc.queryForList("select username from accounts where role = 'AUDITOR'", String.class))
                .containsExactly(first);
        assertThat(accounts.findByUsername(first)).hasValueSatisfying(a -> {
            assertThat(a.isPasswordChangeRequired()).isTrue();
            assertThat(a.getDisplayName()).isEqualTo("审计管理员");
        });
        assertThat(jdbc.queryForObject("select count(*) from accounts where role = 'SECURITY'", Long.class)).isEqualTo(1);
    }

    @Test
    void aWeakOrTakenInitialPasswordOrUsernameStopsTheStartWithTheVariableNamed() {
        assertThatThrownBy(() -> bootstrap.create(Role.ADMIN, unique("adm"), "weak", "APP_ADMIN_USERNAME"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("APP_ADMIN_USERNAME");
        jdbc.update("update accounts set role = role where false");
        bootstrap.create(Role.SECURITY, "", "", "APP_BOOTSTRAP_SECURITY_OFFICER"); // not configured: nothing
    }

    @Test
    void anAccountWithAnInitialPasswordDoesNothingBeforeChangingIt() throws Exception {
        String username = unique("first");
        accounts.create(username, "Initial#2026", "首次登录", Role.INSPECTOR, null, null);
        jdbc.update("update accounts set password_change_required = true where username = ?", username);
        BrowserSession browser = new BrowserSession();

        browser.keep(mvc.perform(post("/login").param("username", username).param("password", "Initial#2026")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password?required")).andReturn());
        for (String page : new String[] {"/", "/problems", "/inspections/new", "/account/password/x"}) {
            mvc.perform(get(page).with(browser)).andExpect(redirectedUrl("/account/password?required"));
        }
        mvc.perform(get("/api/rates").with(browser)).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请先修改密码")));

        mvc.perform(post("/account/password").with(browser).with(csrf()).param("currentPassword", "Initial#2026")
                        .param("newPassword", "MyOwn#2026pw").param("repeatPassword", "MyOwn#2026pw"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/problems").with(browser)).andExpect(status().isOk());
        assertThat(accounts.isPasswordChangeRequired(username)).isFalse();
    }

    @Test
    void httpBasicCallsOfSuchAnAccountAreRefusedUntilThePasswordIsChanged() throws Exception {
        String username = unique("basic");
        accounts.create(username, "Initial#2026", "接口", Role.LEADER, null, null);
        jdbc.update("update accounts set password_change_required = true where username = ?", username);

        mvc.perform(get("/api/rates").with(httpBasic(username, "Initial#2026")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("/account/password")));

        jdbc.update("update accounts set password_change_required = false where username = ?", username);
        mvc.perform(get("/api/rates").with(httpBasic(username, "Initial#2026"))).andExpect(status().isOk());
    }
}

package org.chuangcheng.security.web;

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

import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PasswordControllerTests extends AbstractIntegrationTests {

    static final String OLD = "Start@2026";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    Account account;

    @org.junit.jupiter.api.BeforeEach
    void newAccount() {
        account = accounts.create("pw" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet(), OLD,
                "改密测试", Role.LIAISON, accounts.findByUsername("liaison").orElseThrow().getUnitId(), null);
    }

    MockHttpServletRequestBuilder change(String current, String next, String repeat) {
        return post("/account/password").with(user(userDetails.loadUserByUsername(account.getUsername())))
                .with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("repeatPassword", repeat);
    }

    boolean passwordIs(String raw) {
        return passwordEncoder.matches(raw, accounts.get(account.getId()).getPasswordHash());
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "office", "leader", "inspector", "liaison"})
    void everySignedInUserOpensThePage(String username) throws Exception {
        mvc.perform(get("/account/password").with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"password-form\"")));
    }

    @Test
    void theRightCurrentPasswordAndAStrongNewOneChangeIt() throws Exception {
        mvc.perform(change(OLD, "Changed#2026", "Changed#2026"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "password.changed"));
        assertThat(passwordIs("Changed#2026")).isTrue();
    }

    @Test
    void aWeakNewPasswordIsExplainedNextToTheField() throws Exception {
        mvc.perform(change(OLD, "password1", "password1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "StrongPassword"))
                .andExpect(content().string(Matchers.containsString("至少 8 位")));
        assertThat(passwordIs(OLD)).isTrue();
    }

    @Test
    void theRepeatMustMatch() throws Exception {
        mvc.perform(change(OLD, "Changed#2026", "Changed#2027"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "repeatPassword",
                        "password.repeat.mismatch"))
                .andExpect(content().string(Matchers.containsString("两次输入的新密码不一致")));
        assertThat(passwordIs(OLD)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsRefused() throws Exception {
        mvc.perform(change("Wrong@2026", "Changed#2026", "Changed#2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "password.current.wrong"));
        assertThat(passwordIs(OLD)).isTrue();
    }

    @Test
    void emptyFieldsAreRefused() throws Exception {
        mvc.perform(change("", "", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword", "newPassword",
                        "repeatPassword"));
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() throws Exception {
        mvc.perform(change(OLD, OLD, OLD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.same"));
    }
}

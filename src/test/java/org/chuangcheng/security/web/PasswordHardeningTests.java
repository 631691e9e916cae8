package org.chuangcheng.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Passwords beyond bcrypt's 72 bytes, passwords containing the username, and guessing the current
 * password on the change-password form: field messages, never a 500, and guesses count toward the lock.
 */
class PasswordHardeningTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Harden@2026";
    /** 34 characters, 94 bytes in UTF-8: upper, lower and digits, so only its length in bytes is wrong. */
    static final String CHINESE_94_BYTES = "Abc1" + "创".repeat(30);
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    String newAccount() {
        String username = "harden" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        accounts.create(username, PASSWORD, "加固测试", Role.INSPECTOR, null, null);
        return username;
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAFieldMessageWhenAnAccountIsCreated() throws Exception {
        assertThat(CHINESE_94_BYTES).hasSize(34);
        assertThat(CHINESE_94_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(94);
        mvc.perform(post("/admin/accounts").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "longpw" + SEQUENCE.incrementAndGet()).param("displayName", "长密码")
                        .param("role", "INSPECTOR").param("password", CHINESE_94_BYTES)
                        .param("passwordRepeat", CHINESE_94_BYTES))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("accountForm", "password"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("最多 72 字节")));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAFieldMessageOnTheOwnPasswordForm() throws Exception {
        String username = newAccount();
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername(username))).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", CHINESE_94_BYTES)
                        .param("repeatPassword", CHINESE_94_BYTES))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "StrongPassword"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("最多 72 字节")));
    }

    @Test
    void signingInWithAPasswordOverSeventyTwoBytesIsAnOrdinaryFailure() throws Exception {
        String username = newAccount();
        mvc.perform(post("/login").param("username", username).param("password", CHINESE_94_BYTES + "x".repeat(200))
                        .with(csrf()).with(from("192.0.2.91")))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        String username = "zhangwei" + SEQUENCE.incrementAndGet();
        mvc.perform(post("/admin/accounts").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", username).param("displayName", "张伟").param("role", "INSPECTOR")
                        .param("password", "X" + username.toUpperCase() + "@1").param("passwordRepeat", "X" + username.toUpperCase() + "@1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "password", "password.containsUsername"));
        assertThat(accounts.findByUsername(username)).isEmpty();

        String existing = newAccount();
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername(existing))).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "A1!" + existing)
                        .param("repeatPassword", "A1!" + existing))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.containsUsername"));
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheLockAndThenEvenTheRightOneIsRefused() throws Exception {
        String username = newAccount();
        String address = "192.0.2.92";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").with(user(users.loadUserByUsername(username))).with(csrf())
                            .with(from(address)).param("currentPassword", "Guess@" + i)
                            .param("newPassword", "Changed#2026").param("repeatPassword", "Changed#2026"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
        }
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername(username))).with(csrf())
                        .with(from(address)).param("currentPassword", PASSWORD)
                        .param("newPassword", "Changed#2026").param("repeatPassword", "Changed#2026"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
                .with(from(address))).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
                .with(from("192.0.2.93"))).andExpect(authenticated());
    }
}

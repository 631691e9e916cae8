package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Password guessing locks an account: through the real login form. */
class LoginLockoutTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Lock@2026x";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    String newAccount() {
        String username = "lockout" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        accounts.create(username, PASSWORD, "锁定测试", Role.INSPECTOR, null, null);
        return username;
    }

    void failTimes(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(formLogin("/login").user(username).password("Wrong@" + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String username = newAccount();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String username = newAccount();
        Instant before = Instant.now();
        failTimes(username, 5);

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));

        Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getLockedUntil())
                .isBetween(before.plus(Duration.ofMinutes(15)), Instant.now().plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLoginPageExplainsTheLock() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"login-locked\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("账号已锁定 15 分钟")));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked for 15 minutes")));
    }

    @Test
    void fourWrongPasswordsDoNotLock() throws Exception {
        String username = newAccount();
        failTimes(username, 4);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        String username = newAccount();
        failTimes(username, 4);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts()).isZero();
        failTimes(username, 4);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        String username = newAccount();
        failTimes(username, 5);
        Account locked = accounts.findByUsername(username).orElseThrow();
        assertThat(locked.isLockedAt(Instant.now())).isTrue();

        mvc.perform(get("/admin/accounts/{id}/edit", locked.getId())
                        .with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"locked-until\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unlock-account\"")));

        mvc.perform(post("/admin/accounts/{id}/unlock", locked.getId())
                        .with(user(userDetails.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + locked.getId() + "/edit"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = newAccount();
        Account account = accounts.findByUsername(username).orElseThrow();
        accounts.update(account.getId(), account.getVersion(), account.getDisplayName(), account.getRole(), null,
                null, false);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?disabled"));
    }
}

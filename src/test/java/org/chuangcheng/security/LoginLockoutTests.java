package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing through the real sign-in form and HTTP Basic: five wrong passwords lock a username
 * from that client address only; an address that fails twenty times is refused for any username; every
 * failure gets one message; an administrator or the break-glass setting lifts locks.
 */
class LoginLockoutTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Lock@2026x";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    String newAccount() {
        return newAccount(Role.INSPECTOR);
    }

    String newAccount(Role role) {
        String username = "lockout" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        accounts.create(username, PASSWORD, "锁定测试", role, null, null);
        return username;
    }

    /** A fresh documentation-range address per test, so tests never share an address's count. */
    static String newAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    void failTimes(String username, int times, String address) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(username, "Wrong@" + i, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String username = newAccount();
        signIn(username, PASSWORD, newAddress()).andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameFromThatAddressForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String username = newAccount();
        String attacker = newAddress();
        Instant before = Instant.now();
        failTimes(username, 5, attacker);

        signIn(username, PASSWORD, attacker).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        Account account = accounts.findByUsername(username).orElseThrow();
        SignInState state = accounts.signInState(account);
        assertThat(state.isLocked()).isTrue();
        assertThat(state.lockedAddresses()).isEqualTo(1);
        assertThat(state.lockedUntil())
                .isBetween(before.plus(Duration.ofMinutes(15)), Instant.now().plus(Duration.ofMinutes(15)));
    }

    @Test
    void anAttackerWhoLocksTheOnlyAdministratorLocksOnlyHimselfOut() throws Exception {
        String admin = newAccount(Role.ADMIN);
        String attacker = newAddress();
        failTimes(admin, 5, attacker);
        // and again after the lock ran out: the attacker's lock doubles, hers is untouched
        jdbc.update("update sign_in_failures set locked_until = now() - interval '1 second' where username = ?", admin);
        failTimes(admin, 1, attacker);
        assertThat(jdbc.queryForObject("select locked_until - now() > interval '29 minutes' from sign_in_failures"
                + " where username = ? and client_address = ?", Boolean.class, admin, attacker)).isTrue();

        signIn(admin, PASSWORD, attacker).andExpect(unauthenticated());
        signIn(admin, PASSWORD, newAddress()).andExpect(authenticated().withUsername(admin));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryUsernameFromItButNotFromElsewhere() throws Exception {
        String sprayer = newAddress();
        for (int i = 0; i < 20; i++) {
            // four tries each for five usernames, real or not: no single username reaches its limit
            signIn(i % 5 == 0 ? "nobody-" + i : "spray" + (i % 5), "Wrong@" + i, sprayer)
                    .andExpect(redirectedUrl("/login?error"));
        }
        String username = newAccount();
        signIn(username, PASSWORD, sprayer).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        signIn(username, PASSWORD, newAddress()).andExpect(authenticated());
    }

    @Test
    void everyFailureLooksTheSameSoNoUsernameCanBeTold() throws Exception {
        String locked = newAccount();
        String address = newAddress();
        failTimes(locked, 5, address);
        String disabled = newAccount();
        Account account = accounts.findByUsername(disabled).orElseThrow();
        accounts.update(account.getId(), account.getVersion(), account.getDisplayName(), account.getRole(), null,
                null, false);
        String other = newAddress();

        for (ResultActions failure : new ResultActions[] {
            signIn(locked, PASSWORD, address),
            signIn(disabled, PASSWORD, other),
            signIn("no-such-user-" + SEQUENCE.incrementAndGet(), PASSWORD, other),
            signIn(newAccount(), "Wrong@1", other)}) {
            failure.andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"login-error\"", "登录失败：用户名或密码错误，或多次失败后暂时不能登录")
                .doesNotContain("锁定", "停用");
        assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
                .doesNotContain("锁定");
    }

    @Test
    void httpBasicCountsTooAndAnswersEveryFailureAlike() throws Exception {
        String username = newAccount();
        String address = newAddress();
        MockHttpServletResponse wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = mvc.perform(get("/api/rates").with(httpBasic(username, "Wrong@" + i)).with(from(address)))
                    .andReturn().getResponse();
        }
        MockHttpServletResponse locked = mvc.perform(get("/api/rates").with(httpBasic(username, PASSWORD))
                .with(from(address))).andReturn().getResponse();
        MockHttpServletResponse unknown = mvc.perform(get("/api/rates").with(httpBasic("no-such-user", "Wrong@1"))
                .with(from(newAddress()))).andReturn().getResponse();

        assertThat(accounts.signInState(accounts.findByUsername(username).orElseThrow()).isLocked()).isTrue();
        for (MockHttpServletResponse r : new MockHttpServletResponse[] {locked, unknown}) {
            assertThat(r.getStatus()).isEqualTo(401).isEqualTo(wrong.getStatus());
            assertThat(r.getContentAsString()).isEqualTo(wrong.getContentAsString());
            assertThat(r.getHeader("WWW-Authenticate")).isEqualTo(wrong.getHeader("WWW-Authenticate"));
        }
        // the same lock holds on the sign-in form
        signIn(username, PASSWORD, address).andExpect(unauthenticated());
    }

    @Test
    void fourWrongPasswordsDoNotLock() throws Exception {
        String username = newAccount();
        String address = newAddress();
        failTimes(username, 4, address);
        signIn(username, PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        String username = newAccount();
        String address = newAddress();
        failTimes(username, 4, address);
        signIn(username, PASSWORD, address).andExpect(authenticated());
        assertThat(accounts.signInState(accounts.findByUsername(username).orElseThrow()).failures()).isZero();
        failTimes(username, 4, address);
        signIn(username, PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        String username = newAccount();
        String address = newAddress();
        failTimes(username, 5, address);
        Account locked = accounts.findByUsername(username).orElseThrow();

        mvc.perform(get("/admin/accounts/{id}/edit", locked.getId())
                        .with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"locked-until\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unlock-account\"")));
        mvc.perform(get("/admin/accounts").param("q", username).with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已锁定")));

        mvc.perform(post("/admin/accounts/{id}/unlock", locked.getId())
                        .with(user(userDetails.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + locked.getId() + "/edit"));

        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void theBreakGlassSettingUnlocksTheAdministratorAndEveryAddressAtStartUp() throws Exception {
        String admin = newAccount(Role.ADMIN);
        String office = newAddress();
        failTimes(admin, 5, office);
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + i, "Wrong@" + i, office);
        }
        signIn(admin, PASSWORD, office).andExpect(unauthenticated());

        new SignInUnlockOnStart(throttle, " " + admin.toUpperCase() + " ,", events).run(null);

        signIn(admin, PASSWORD, office).andExpect(authenticated().withUsername(admin));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_UNLOCKED' "
                + "and username = 'system' and target = ?", Long.class, admin.toUpperCase())).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = newAccount();
        Account account = accounts.findByUsername(username).orElseThrow();
        accounts.update(account.getId(), account.getVersion(), account.getDisplayName(), account.getRole(), null,
                null, false);
        signIn(username, PASSWORD, newAddress()).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }
}

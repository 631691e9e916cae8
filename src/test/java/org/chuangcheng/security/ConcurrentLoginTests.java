package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Many sign-ins for one account at once, through the real filter chain: failures are counted atomically
 * (never a 500 from a lost update or a version check), and once the limit is reached even the right
 * password is refused.
 */
class ConcurrentLoginTests extends AbstractIntegrationTests {

    static final String PASSWORD = "Race@2026x";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    String newAccount() {
        String username = "race" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        accounts.create(username, PASSWORD, "并发测试", Role.INSPECTOR, null, null);
        return username;
    }

    MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    int failures(String username) {
        return jdbc.queryForObject("select coalesce(sum(failures), 0) from sign_in_failures where username = ?",
                Integer.class, username);
    }

    static boolean signedIn(MockHttpServletResponse response) {
        return "/".equals(response.getRedirectedUrl());
    }

    @Test
    void fiftyNineWrongAndOneRightAtOnceNeverGiveA500AndTheRightOneIsRefusedOnceTheLimitIsReached()
            throws Exception {
        String username = newAccount();
        String address = "198.51.100.21";
        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MockHttpServletResponse>> wrong = new ArrayList<>();
            for (int i = 0; i < 59; i++) {
                int n = i;
                wrong.add(pool.submit(() -> {
                    start.await();
                    return signIn(username, "Wrong@" + n, address);
                }));
            }
            start.countDown();
            // the right password arrives while the wrong ones are still being checked, after the fifth failure
            org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(5, TimeUnit.MILLISECONDS)
                    .until(() -> failures(username) >= 5);
            Future<MockHttpServletResponse> right = pool.submit(() -> signIn(username, PASSWORD, address));

            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : wrong) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            MockHttpServletResponse rightResponse = right.get(120, TimeUnit.SECONDS);
            responses.add(rightResponse);

            assertThat(responses).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(302));
            assertThat(responses).noneSatisfy(r -> assertThat(signedIn(r)).isTrue());
            assertThat(rightResponse.getRedirectedUrl()).startsWith("/login?");
        } finally {
            pool.shutdownNow();
        }
        assertThat(signedIn(signIn(username, PASSWORD, address))).isFalse();
    }

    @Test
    void thirtyConcurrentAttemptsWithTheRightPasswordAmongThemGiveNo500AndNoLostCount() throws Exception {
        String username = newAccount();
        String address = "198.51.100.22";
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<MockHttpServletResponse>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String password = i == 15 ? PASSWORD : "Wrong@" + i;
                attempts.add(() -> {
                    start.await();
                    return signIn(username, password, address);
                });
            }
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (Callable<MockHttpServletResponse> attempt : attempts) {
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> f : futures) {
                MockHttpServletResponse r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.getStatus()).isEqualTo(302);
            }
        } finally {
            pool.shutdownNow();
        }
        // whether the right one came before or after the fifth failure, the wrong ones after it lock the account
        assertThat(signedIn(signIn(username, PASSWORD, address))).isFalse();
    }
}

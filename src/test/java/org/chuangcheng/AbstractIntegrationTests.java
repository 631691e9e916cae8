package org.chuangcheng;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for integration tests: one embedded PostgreSQL per test JVM, shared by every cached
 * Spring context. The demo city is loaded once into it, so tests can sign in as the demo accounts.
 * Tests that add data give it unique names so that they do not disturb one another. Every MOCK test
 * shares one cached context (do not add {@code @MockitoBean}s: each new combination costs a context).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AbstractIntegrationTests {

    /** Sign in with {@code @WithUserDetails("office")} (demo accounts) to act as a real account. */
    @Autowired(required = false)
    protected MockMvc mvc;

    private static final EmbeddedPostgres POSTGRES = start();

    /**
     * PostgreSQL stops after the Spring contexts have closed, not beside them: with the library's own shutdown
     * hook the two raced, and a context closing against a stopped database waited 30 s for a connection.
     */
    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void postgresProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // reminder jobs run only when a test calls them: a cron firing mid-test would notify the demo accounts
        registry.add("app.notifications.remind-cron", () -> "-");
        registry.add("app.notifications.dispatch-every", () -> "PT1000H");
        // One folder per test JVM: two checkouts testing at once must not count or delete each other's uploads.
        registry.add("app.data-dir", () -> System.getProperty("java.io.tmpdir") + "/chuangcheng-test-"
                + ProcessHandle.current().pid());
    }
}

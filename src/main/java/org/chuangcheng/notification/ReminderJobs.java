package org.chuangcheng.notification;

import java.time.Clock;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled jobs, each run by one instance at a time (ShedLock, on the database's clock). Running twice is
 * harmless anyway: the day's reminders are keyed, deliveries are claimed row by row.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@RequiredArgsConstructor
class ReminderJobs {

    private final ReminderRun reminders;
    private final Dispatcher dispatcher;
    private final Clock clock;

    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    /** Hourly from the morning on: a restart or a late calendar change is caught up the same day. */
    @Scheduled(cron = "${app.notifications.remind-cron:0 5 8-17 * * *}", zone = "${app.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT50M")
    public void remind() {
        // the application's clock, not the system's: the day a test or a time-zone setting says it is
        reminders.run(java.time.LocalDate.now(clock));
    }

    @Scheduled(initialDelayString = "${app.notifications.dispatch-every:PT1M}",
            fixedDelayString = "${app.notifications.dispatch-every:PT1M}")
    @SchedulerLock(name = "deliveries", lockAtMostFor = "PT10M")
    public void deliver() {
        dispatcher.dispatch(clock.instant());
    }
}

package org.chuangcheng.notification;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.chuangcheng.ChuangchengApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the application, in a JVM of its own, for {@link TwoInstancesTests}: the whole application
 * on the test's database (no demo loading, no timers of its own), its clock fixed at the instant the test names.
 * It prints {@code READY} when started, waits for {@code GO} on its input, then at once
 * runs the reminder job through its ShedLock proxy and the delivery job, prints {@code DONE} and stops.
 * Arguments: the JDBC URL, the clock's instant, the SMTP port, the data folder.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = Instant.parse(args[1]);
        Clock fixed = Clock.fixed(now, ZoneId.of("Asia/Shanghai"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ChuangchengApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof Clock ? fixed : bean;
                    }
                }))
                .properties(
                        "spring.datasource.url=" + args[0],
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        "spring.datasource.hikari.maximum-pool-size=4",
                        "server.port=0",
                        "app.data-dir=" + args[3],
                        "app.demo.enabled=false",
                        "spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "app.notifications.remind-cron=-",
                        "app.notifications.dispatch-every=PT1000H",
                        "app.uploads.cleanup-every=PT1000H",
                        "app.events.retry-every=PT1000H",
                        "app.notifications.base-url=https://cc.example",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + args[2],
                        "app.notifications.mail-from=chuangcheng@test.local",
                        "logging.level.root=WARN",
                        "logging.level.net.javacrumbs.shedlock=DEBUG",
                        "spring.main.banner-mode=off")
                .run();
        try (context) {
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String go = in.readLine();
            if (!"GO".equals(go == null ? null : go.trim())) {
                throw new IllegalStateException("expected GO, got " + go);
            }
            ReminderJobs jobs = context.getBean(ReminderJobs.class);
            jobs.remind();
            jobs.deliver();
            System.out.println("DONE");
        }
        System.exit(0);
    }
}

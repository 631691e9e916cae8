package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitHeads;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one database, each in its own JVM: this test's and a second one started
 * from the test classpath ({@link SecondInstance}). Both run the reminder job through ShedLock's proxy at the same
 * moment, on the same day, then the delivery job; every reminder is written once and mailed once (a real SMTP
 * server, GreenMail).
 */
class TwoInstancesTests extends AbstractIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ApplicationContext context;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    UnitManagement units;
    @Autowired
    UnitHeads heads;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    NotificationManagement management;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${app.data-dir}")
    String dataDir;

    @Test
    void twoJvmsRunningTheReminderJobAtOnceSendEachReminderOnce() throws Exception {
        ReminderFixture unit = new ReminderFixture(problems, checkpoints, units, heads, accounts, jdbc);
        String liaisonMail = unit.liaison.getUsername() + "@example.org";
        String headMail = unit.head.getUsername() + "@example.org";
        management.changePreferences(unit.liaison.toActor(), 0, liaisonMail, true, false, null, null);
        management.changePreferences(unit.head.toActor(), 0, headMail, true, false, null, null);
        LocalDate today = calendar.today();
        Problem problem = unit.raise("两个进程 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));
        // five working days overdue: every rung of the ladder and the daily digests are due on that day
        LocalDate day = calendar.addWorkingDays(problem.getDeadline(), 5);
        Instant morning = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        Clock clock = Clock.fixed(morning, SHANGHAI);

        Process second = start(morning);
        try {
            List<String> output = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(second, output, ready, done), "second-instance-output");
            reader.setDaemon(true);
            reader.start();
            ReminderJobs jobs = lockedAsTheApplicationLocksThem(MailedJobs.at(context, clock, smtp.getSmtp().getPort()));
            assertThat(ready.await(150, TimeUnit.SECONDS)).as("second instance started: %s", output).isTrue();

            // both start on the same signal: the second as it reads GO, this one as soon as it is written (exactly
            // once must hold whichever instance wins the lock, so the test needs no agreed instant)
            Writer toSecond = new java.io.OutputStreamWriter(second.getOutputStream(), StandardCharsets.UTF_8);
            toSecond.write("GO\n");
            toSecond.flush();
            jobs.remind();
            jobs.deliver();

            assertThat(done.await(150, TimeUnit.SECONDS)).as("second instance ran the jobs: %s", output).isTrue();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("second instance: %s", output).isZero();
            jobs.deliver();
            // which instance held the lock, for the record (either may, and either outcome must send once)
            output.stream().filter(line -> line.contains("shedlock") || line.contains("Locked") || line.contains("locked"))
                    .forEach(line -> System.out.println("second instance: " + line));
        } finally {
            second.destroyForcibly();
        }

        Long id = problem.getId();
        assertThat(unit.count(id, NotificationKind.DEADLINE_PASSED, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_LIAISON, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_HEAD, unit.head)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_OFFICE, "office")).isEqualTo(1);
        for (Account person : List.of(unit.liaison, unit.head)) {
            assertThat(jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and kind = 'DAILY_DIGEST'",
                    Long.class, person.getId())).as("digest to " + person.getUsername()).isEqualTo(1);
        }
        // mailed once each: as many mails as notifications, none with the same subject twice, all delivered
        for (Account person : List.of(unit.liaison, unit.head)) {
            List<String> subjects = mailTo(person.getUsername() + "@example.org").stream().map(m -> {
                try {
                    return m.getSubject();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            List<String> queued = jdbc.queryForList("""
                    select d.status from notification_deliveries d join notifications n on n.id = d.notification_id
                    where n.recipient_id = ? and d.channel = 'EMAIL'
                    """, String.class, person.getId());
            assertThat(queued).as("queued for " + person.getUsername()).isNotEmpty().containsOnly("DELIVERED");
            assertThat(subjects).as("mail to " + person.getUsername()).hasSize(queued.size()).doesNotHaveDuplicates();
        }
        assertThat(mailTo(liaisonMail)).extracting(MimeMessage::getSubject).contains(
                "逾期 5 个工作日，请立即整改：两个进程 " + today);
        assertThat(mailTo(headMail)).isNotEmpty();
    }

    /** What {@code @EnableSchedulerLock} does to the application's own bean: ShedLock's advisor around the jobs. */
    ReminderJobs lockedAsTheApplicationLocksThem(ReminderJobs jobs) {
        ProxyFactory proxy = new ProxyFactory(jobs);
        proxy.setProxyTargetClass(true);
        proxy.addAdvisor(context.getBean("proxyScheduledLockAopBeanPostProcessor", Advisor.class));
        return (ReminderJobs) proxy.getProxy();
    }

    Process start(Instant now) throws Exception {
        // the same data folder: the same generated secrets key, as instances of one installation share APP_SECRETS_KEY
        Path folder = Path.of(dataDir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), SecondInstance.class.getName(),
                databaseUrl, now.toString(), String.valueOf(smtp.getSmtp().getPort()), folder.toString())
                .redirectErrorStream(true).start();
    }

    static void read(Process process, List<String> output, CountDownLatch ready, CountDownLatch done) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.add(line);
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.equals("DONE")) {
                    done.countDown();
                }
            }
        } catch (java.io.IOException e) {
            output.add("output closed: " + e.getMessage());
        }
    }

    List<MimeMessage> mailTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

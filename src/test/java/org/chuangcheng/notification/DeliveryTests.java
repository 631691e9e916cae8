package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery outside the application: e-mail received by a real SMTP server (GreenMail), the webhook called with the
 * expected JSON by a local HTTP server, a failing webhook retried and then reported, and non-urgent messages held
 * outside working hours.
 */
class DeliveryTests extends AbstractIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Notifications notifications;
    @Autowired
    PreferencesStore preferences;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Recipients recipients;
    @Autowired
    MessageSource messages;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    NotificationManagement management;
    @Autowired
    UnitWebhooks unitWebhooks;

    HttpServer webhook;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);
    Notifier notifier;
    Dispatcher dispatcher;
    Account alice;

    @BeforeEach
    void channels() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        webhook.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        List<NotificationChannel> channels = List.of(
                new MailChannel(beans.getBeanProvider(JavaMailSender.class), "chuangcheng@test.local"),
                new WebhookChannel("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook", Duration.ofSeconds(5)),
                new LoggingChannel(true));
        notifier = new Notifier(jdbc, preferences, channels);
        dispatcher = new Dispatcher(jdbc, transactions, channels, notifications, preferences, accounts, recipients,
                notifier, messages, calendar, clock, 3, Duration.ofMinutes(5), LocalTime.of(8, 30), LocalTime.of(18, 0),
                "https://cc.example");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("d-" + tag, "Demo@2026x", "联络员" + tag, Role.INSPECTOR, null, "13800000000");
        management.changePreferences(alice.toActor(), 0, tag + "@example.org", true, true, LocalTime.of(22, 0),
                LocalTime.of(7, 0));
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
    }

    @Test
    void anUrgentReminderArrivesByMailAndWebhookAndIsRecorded() throws Exception {
        Long id = send(NotificationKind.OVERDUE_LIAISON, "占道经营未整改", 3);

        dispatcher.dispatch(Instant.now().plusSeconds(1));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(alice.getUsername().substring(2) + "@example.org");
        assertThat(received[0].getSubject()).isEqualTo("逾期 3 个工作日，请立即整改：占道经营未整改");
        assertThat(received[0].getContent().toString()).contains("https://cc.example/problems/9001");
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains("\"kind\":\"OVERDUE_LIAISON\"", "\"urgent\":true",
                "\"username\":\"" + alice.getUsername() + "\"", "\"phone\":\"13800000000\"",
                "\"title\":\"逾期 3 个工作日，请立即整改：占道经营未整改\"", "\"link\":\"https://cc.example/problems/9001\"");
        assertThat(statuses(id)).containsEntry("EMAIL", "DELIVERED").containsEntry("WEBHOOK", "DELIVERED")
                .containsEntry("LOG", "DELIVERED");

        dispatcher.dispatch(Instant.now().plusSeconds(3600));
        assertThat(smtp.getReceivedMessages()).as("never sent twice").hasSize(1);
    }

    @Test
    void aFailingWebhookIsRetriedThenReportedAsFailed() {
        answer.set(500);
        Long id = send(NotificationKind.OVERDUE_HEAD, "重试", 3);
        Instant start = Instant.now().plusSeconds(1);

        dispatcher.dispatch(start);
        assertThat(statuses(id)).containsEntry("WEBHOOK", "PENDING");
        dispatcher.dispatch(start.plusSeconds(60));
        assertThat(bodies).as("not before the retry time").hasSize(1);
        dispatcher.dispatch(start.plus(Duration.ofMinutes(6)));
        dispatcher.dispatch(start.plus(Duration.ofMinutes(20)));

        assertThat(bodies).hasSize(3);
        assertThat(statuses(id)).containsEntry("WEBHOOK", "FAILED").containsEntry("EMAIL", "DELIVERED");
        assertThat(jdbc.queryForObject("select attempts from notification_deliveries where notification_id = ? and channel = 'WEBHOOK'",
                Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from notifications n join accounts a on a.id = n.recipient_id
                where n.kind = 'DELIVERY_FAILED' and n.record_id = ? and a.username = 'office'
                """, Long.class, id)).as("reported to the office").isEqualTo(1);
    }

    @Test
    void anOrdinaryMessageWaitsForWorkingHoursOnAWorkingDay() {
        Long id = send(NotificationKind.PROBLEM_ASSIGNED, "新问题", null);
        ZoneId zone = clock.getZone();
        LocalDate saturday = LocalDate.of(2027, 1, 9);
        LocalDate monday = LocalDate.of(2027, 1, 11);

        dispatcher.dispatch(saturday.atTime(10, 0).atZone(zone).toInstant());
        dispatcher.dispatch(monday.atTime(7, 30).atZone(zone).toInstant());
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(statuses(id)).containsEntry("EMAIL", "PENDING");

        dispatcher.dispatch(monday.atTime(10, 0).atZone(zone).toInstant());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(statuses(id)).containsEntry("EMAIL", "DELIVERED");
    }

    @Test
    void mailIsWrittenInTheLanguageTheRecipientChose() throws Exception {
        NotificationPreferences current = management.preferences(alice.toActor());
        management.changePreferences(alice.toActor(), current.getVersion(), current.getEmail(), true, false, null, null,
                "en");
        send(NotificationKind.OVERDUE_LIAISON, "占道经营未整改", 3);

        dispatcher.dispatch(Instant.now().plusSeconds(1));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject())
                .isEqualTo(messages.getMessage("notification.kind.OVERDUE_LIAISON",
                        new Object[] {"占道经营未整改", LocalDate.of(2026, 3, 2), 3}, java.util.Locale.ENGLISH))
                .doesNotContain("逾期");
    }

    Long send(NotificationKind kind, String subject, Integer days) {
        notifier.send(List.of(alice.getId()), new Notice(kind, 9001L, UUID.randomUUID().toString(), subject,
                LocalDate.of(2026, 3, 2), days, null));
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(alice.getId(),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId();
    }

    Map<String, String> statuses(Long notificationId) {
        Map<String, String> result = new java.util.HashMap<>();
        jdbc.query("select channel, status from notification_deliveries where notification_id = ?",
                rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                }, notificationId);
        return result;
    }
}

package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.chuangcheng.shared.SecretBox;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's group robot: a WeCom robot and a DingTalk robot (signed) receive their own JSON, mentioning the
 * recipient's phone, from a local HTTP server standing in for them, without anyone choosing the channel, once per
 * notice and unit however many of the unit's people it reaches; a robot's refusal (HTTP 200, errcode not 0) is a
 * failed attempt; someone of a unit without a robot (and no installation webhook) is not queued at all. The office
 * sets robots on a page of its own; a stale form is a conflict. Addresses and secrets are stored encrypted, shown
 * masked, never in the audit log or a delivery's error.
 */
class UnitWebhookTests extends AbstractIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

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
    @Autowired
    UnitManagement units;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecretBox box;
    @Autowired
    EncryptUnitWebhooks migration;
    @Autowired
    javax.sql.DataSource dataSource;

    HttpServer robots;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicReference<String> answer = new AtomicReference<>("{\"errcode\":0,\"errmsg\":\"ok\"}");
    Notifier notifier;
    Dispatcher dispatcher;
    Actor office;
    Long unitId;
    Account liaison;
    String base;

    record Received(String path, String query, JsonNode body) {
    }

    @BeforeEach
    void robotsAndAUnit() throws Exception {
        robots = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robots.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                    JSON.readTree(exchange.getRequestBody().readAllBytes())));
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        robots.start();
        base = "http://127.0.0.1:" + robots.getAddress().getPort();
        // no installation webhook: only units with a robot are reached
        List<NotificationChannel> channels = List.of(new RobotChannel(Duration.ofSeconds(5), unitWebhooks, jdbc, box,
                clock), new WebhookChannel("", Duration.ofSeconds(5)));
        notifier = new Notifier(jdbc, preferences, channels);
        dispatcher = new Dispatcher(jdbc, transactions, channels, notifications, preferences, accounts, recipients,
                notifier, messages, calendar, clock, 2, Duration.ofMinutes(5), LocalTime.MIN, LocalTime.MAX,
                "https://cc.example");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        office = accounts.findByUsername("office").orElseThrow().toActor();
        unitId = units.create("机器人测试单位" + tag, "机器人" + tag, UnitType.BUREAU, null).getId();
        // she chooses no channel: her unit's robot carries the unit's messages all the same
        liaison = accounts.create("w-" + tag, "Demo@2026x", "联络员" + tag, Role.LIAISON, unitId, "13912345678");
    }

    @AfterEach
    void stop() {
        robots.stop(0);
    }

    @Test
    void aWeComRobotReceivesATextThatMentionsTheRecipient() {
        management.saveUnitWebhook(office, unitId, null, WebhookFormat.WECOM, base + "/cgi-bin/webhook/send?key=abc", null);
        Long id = send(liaison, "摊位占道经营");

        dispatcher.dispatch(Instant.now().plusSeconds(1));

        assertThat(received).hasSize(1);
        Received robot = received.get(0);
        assertThat(robot.path()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(robot.query()).isEqualTo("key=abc");
        assertThat(robot.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(robot.body().get("text").get("content").asString())
                .startsWith("逾期 3 个工作日，请立即整改：摊位占道经营").endsWith("https://cc.example/problems/9001");
        assertThat(robot.body().get("text").get("mentioned_mobile_list").get(0).asString()).isEqualTo("13912345678");
        assertThat(deliveryStatus(id)).isEqualTo("DELIVERED");
    }

    @Test
    void aSignedDingTalkRobotReceivesItsTextWithTheMentionAndAValidSignature() throws Exception {
        String secret = "SEC" + UUID.randomUUID();
        management.saveUnitWebhook(office, unitId, null, WebhookFormat.DINGTALK, base + "/robot/send?access_token=t0k",
                secret);
        send(liaison, "共享单车乱停放");

        dispatcher.dispatch(Instant.now().plusSeconds(1));

        assertThat(received).hasSize(1);
        Received robot = received.get(0);
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : robot.query().split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), URLDecoder.decode(pair.substring(pair.indexOf('=') + 1),
                    StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("access_token", "t0k").containsKeys("timestamp", "sign");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((query.get("timestamp") + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        assertThat(robot.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(robot.body().get("text").get("content").asString()).contains("共享单车乱停放", "@13912345678");
        assertThat(robot.body().get("at").get("atMobiles").get(0).asString()).isEqualTo("13912345678");
        assertThat(robot.body().get("at").get("isAtAll").asBoolean()).isFalse();
    }

    @Test
    void aRobotsRefusalIsAFailedAttemptAndAUnitWithoutARobotIsNotQueued() {
        management.saveUnitWebhook(office, unitId, null, WebhookFormat.WECOM, base + "/send?key=bad", null);
        answer.set("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        Long id = send(liaison, "被拒绝");
        Instant start = Instant.now().plusSeconds(1);

        dispatcher.dispatch(start);
        assertThat(deliveryStatus(id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select last_error from notification_deliveries where notification_id = ?",
                String.class, id)).contains("93000");
        dispatcher.dispatch(start.plus(Duration.ofMinutes(10)));
        assertThat(deliveryStatus(id)).isEqualTo("FAILED");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        Long elsewhere = units.create("无机器人单位" + tag, null, UnitType.BUREAU, null).getId();
        Account other = accounts.create("w2-" + tag, "Demo@2026x", "联络员" + tag, Role.LIAISON, elsewhere, null);
        management.changePreferences(other.toActor(), 0, null, false, true, null, null);
        Long unreachable = send(other, "无处可发");
        assertThat(jdbc.queryForObject("select count(*) from notification_deliveries where notification_id = ?",
                Long.class, unreachable)).isZero();
    }

    @Test
    void theOfficeSetsARobotOnItsPageWithFieldErrorsAndConflicts() throws Exception {
        var asOffice = user(users.loadUserByUsername("office"));
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "WECOM").param("url", "ftp://nope"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "url"));
        assertThat(unitWebhooks.findById(unitId)).isEmpty();

        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "WECOM").param("url", base + "/send?key=secret-key"))
                .andExpect(redirectedUrl("/notifications/webhooks"));
        assertThat(unitWebhooks.findById(unitId)).get().extracting(UnitWebhook::getFormat).isEqualTo(WebhookFormat.WECOM);
        mvc.perform(get("/notifications/webhooks").with(asOffice))
                .andExpect(content().string(Matchers.containsString("127.0.0.1 ••••-key")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret-key"))));
        mvc.perform(get("/notifications/webhooks").param("unitId", unitId.toString()).with(asOffice))
                .andExpect(content().string(Matchers.containsString("127.0.0.1 ••••-key")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret-key"))));

        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "DINGTALK").param("url", base + "/robot").param("version", "0"))
                .andExpect(redirectedUrl("/notifications/webhooks"));
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "WECOM").param("url", base + "/robot").param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "WECOM").param("url", base + "/robot"))
                .andExpect(status().isConflict()); // a second form for a unit that has one by now
        mvc.perform(post("/notifications/webhooks/" + unitId + "/delete").with(asOffice).with(csrf()))
                .andExpect(redirectedUrl("/notifications/webhooks"));
        assertThat(unitWebhooks.findById(unitId)).isEmpty();
    }

    @Test
    void aRobotsAddressAndSecretAreStoredEncryptedShownMaskedAndNeverInTheAuditLog() throws Exception {
        String token = "tok-" + UUID.randomUUID();
        String secret = "SEC" + UUID.randomUUID().toString().replace("-", "");
        var asOffice = user(users.loadUserByUsername("office"));
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "DINGTALK").param("url", base + "/robot/send?access_token=" + token)
                        .param("secret", secret))
                .andExpect(redirectedUrl("/notifications/webhooks"));

        Map<String, Object> row = jdbc.queryForMap("select url, secret from unit_webhooks where unit_id = ?", unitId);
        assertThat((String) row.get("url")).startsWith("v1:").doesNotContain(token);
        assertThat((String) row.get("secret")).startsWith("v1:").doesNotContain(secret);
        assertThat(box.decrypt((String) row.get("url"))).isEqualTo(base + "/robot/send?access_token=" + token);
        assertThat(box.decrypt((String) row.get("secret"))).isEqualTo(secret);

        String edit = mvc.perform(get("/notifications/webhooks").param("unitId", unitId.toString()).with(asOffice))
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).doesNotContain(token).doesNotContain(secret)
                .contains("••••" + token.substring(token.length() - 4), "••••" + secret.substring(secret.length() - 4));
        assertThat(jdbc.queryForList("select coalesce(target, '') || ' ' || coalesce(detail, '') from audit_log "
                + "where action like 'UNIT_WEBHOOK%' and target = ?", String.class, "unit " + unitId))
                .hasSize(1).allSatisfy(text -> assertThat(text).doesNotContain(token).doesNotContain(secret)
                        .contains("••••" + token.substring(token.length() - 4)));

        // blank fields keep what is stored; the robot still signs with its secret
        Long version = jdbc.queryForObject("select version from unit_webhooks where unit_id = ?", Long.class, unitId);
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "DINGTALK").param("url", "").param("secret", "")
                        .param("version", version.toString()))
                .andExpect(redirectedUrl("/notifications/webhooks"));
        send(liaison, "保留地址");
        dispatcher.dispatch(Instant.now().plusSeconds(1));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).query()).contains("access_token=" + token, "sign=");

        // removing the secret, on request only
        version = jdbc.queryForObject("select version from unit_webhooks where unit_id = ?", Long.class, unitId);
        mvc.perform(post("/notifications/webhooks").with(asOffice).with(csrf()).param("unitId", unitId.toString())
                        .param("format", "DINGTALK").param("removeSecret", "true").param("version", version.toString()))
                .andExpect(redirectedUrl("/notifications/webhooks"));
        assertThat(jdbc.queryForObject("select secret from unit_webhooks where unit_id = ?", String.class, unitId)).isNull();
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_log where target = ?", String.class,
                "unit " + unitId)).hasSize(3).noneMatch(text -> text.contains(token) || text.contains(secret));
    }

    @Test
    void aRobotThatCannotBeReachedFailsWithoutItsTokenInTheRecord() {
        String token = "tok-" + UUID.randomUUID();
        // nothing listens on port 1: the connection is refused
        management.saveUnitWebhook(office, unitId, null, WebhookFormat.WECOM, "http://127.0.0.1:1/send?key=" + token, null);
        Long id = send(liaison, "无法连接");

        dispatcher.dispatch(Instant.now().plusSeconds(1));

        String error = jdbc.queryForObject("select last_error from notification_deliveries where notification_id = ?",
                String.class, id);
        assertThat(error).contains("unit's robot").doesNotContain(token).doesNotContain("key=");
    }

    @Test
    void theMigrationEncryptsRobotsStoredInPlainTextOnce() throws Exception {
        jdbc.update("insert into unit_webhooks (unit_id, format, url, secret) values (?, 'DINGTALK', ?, ?)", unitId,
                base + "/robot/send?access_token=plain-token", "SECplain");
        try (var connection = dataSource.getConnection()) {
            assertThat(migration.encryptAll(connection)).isGreaterThanOrEqualTo(1);
            assertThat(migration.encryptAll(connection)).isZero();
        }
        Map<String, Object> row = jdbc.queryForMap("select url, secret from unit_webhooks where unit_id = ?", unitId);
        assertThat(box.decrypt((String) row.get("url"))).isEqualTo(base + "/robot/send?access_token=plain-token");
        assertThat(box.decrypt((String) row.get("secret"))).isEqualTo("SECplain");
        assertThat(management.unitWebhook(unitId)).get().extracting(UnitRobot::maskedUrl, UnitRobot::maskedSecret)
                .containsExactly("127.0.0.1 ••••oken", "••••");
    }

    @Test
    void aNoticeToSeveralPeopleOfAUnitIsOneRobotMessageMentioningThemAll() {
        management.saveUnitWebhook(office, unitId, null, WebhookFormat.WECOM, base + "/cgi-bin/webhook/send?key=abc", null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account second = accounts.create("w3-" + tag, "Demo@2026x", "联络员乙" + tag, Role.LIAISON, unitId, "13812345678");
        Account head = accounts.create("w4-" + tag, "Demo@2026x", "负责人" + tag, Role.LEADER, unitId, null);
        Notice notice = new Notice(NotificationKind.DAILY_DIGEST, unitId, "2026-03-02", "每日汇总", null, null, "明细");

        notifier.send(List.of(liaison.getId(), second.getId(), head.getId()), notice);
        notifier.send(List.of(liaison.getId(), second.getId(), head.getId()), notice); // the same notice again
        dispatcher.dispatch(Instant.now().plusSeconds(1));

        assertThat(received).hasSize(1);
        JsonNode mentioned = received.get(0).body().get("text").get("mentioned_mobile_list");
        assertThat(mentioned.size()).isEqualTo(2);
        assertThat(List.of(mentioned.get(0).asString(), mentioned.get(1).asString()))
                .containsExactly("13812345678", "13912345678");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_deliveries d join notifications n on n.id = d.notification_id
                where n.dedup_key = ? and d.channel = 'ROBOT'
                """, Long.class, notice.dedupKey())).isEqualTo(1);
        // each of them still has the notification in the application
        assertThat(jdbc.queryForObject("select count(*) from notifications where dedup_key = ?", Long.class,
                notice.dedupKey())).isEqualTo(3);

        // another unit's robot hears of the same notice for its own people, once
        Long otherUnit = units.create("机器人测试单位二" + tag, null, UnitType.BUREAU, null).getId();
        Account elsewhere = accounts.create("w5-" + tag, "Demo@2026x", "联络员丙" + tag, Role.LIAISON, otherUnit, null);
        management.saveUnitWebhook(office, otherUnit, null, WebhookFormat.GENERIC, base + "/generic", null);
        notifier.send(List.of(elsewhere.getId(), liaison.getId()), notice);
        dispatcher.dispatch(Instant.now().plusSeconds(2));
        assertThat(received).hasSize(2);
        assertThat(received.get(1).path()).isEqualTo("/generic");
    }

    Long send(Account to, String subject) {
        notifier.send(List.of(to.getId()), new Notice(NotificationKind.OVERDUE_LIAISON, 9001L,
                UUID.randomUUID().toString(), subject, LocalDate.of(2026, 3, 2), 3, null));
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(to.getId(),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId();
    }

    String deliveryStatus(Long notificationId) {
        return jdbc.queryForObject("select status from notification_deliveries where notification_id = ?", String.class,
                notificationId);
    }
}

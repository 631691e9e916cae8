package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskDetails;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskPriority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 未报送 and the month about to close, end to end through the scheduled jobs on a given day: the hourly job
 * finds the task or the month, the delivery job mails the lead unit's liaison (a real SMTP server, GreenMail),
 * a second run sends nothing again, and the reminder is on the task's timeline with its delivery.
 */
class ScheduledReminderTests extends AbstractIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ProblemManagement problems;
    @Autowired
    TaskManagement tasks;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    EscalationSettingsStore settings;
    @Autowired
    Recipients recipients;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    PreferencesStore preferences;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MessageSource messages;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    UnitManagement units;
    @Autowired
    org.chuangcheng.organization.UnitHeads heads;
    @Autowired
    NotificationManagement management;
    @Autowired
    UserDetailsService users;

    ReminderFixture unit;
    String address;

    @BeforeEach
    void aUnitWhoseLiaisonReadsMail() {
        unit = new ReminderFixture(problems, checkpoints, units, heads, accounts, jdbc);
        address = unit.liaison.getUsername() + "@example.org";
        management.changePreferences(unit.liaison.toActor(), 0, address, true, false, null, null);
    }

    @Test
    void aTaskWithoutAProgressReportIsRemindedByTheJobMailedOnceAndShownOnItsTimeline() throws Exception {
        LocalDate today = tasks.today();
        Task task = tasks.create(unit.office, new TaskDetails("提醒测试任务书", "S-" + unit.liaison.getUsername(),
                "背街小巷整治 " + unit.liaison.getUsername(), "按月报送整治进展", null, null, unit.unitId, List.of(),
                today.minusDays(tasks.staleDays() + 5), today.plusDays(60), null, null, TaskPriority.NORMAL));
        LocalDate day = workingDayFrom(today);

        ReminderJobs jobs = jobsAt(day);
        jobs.remind();
        jobs.deliver();
        jobs.remind();
        jobs.deliver();

        assertThat(unit.count(task.getId(), NotificationKind.TASK_SILENT, unit.liaison)).isEqualTo(1);
        List<MimeMessage> mine = mailTo(address);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getSubject()).isEqualTo("任务长期未报送进展：" + task.getTitle());
        assertThat(mine.get(0).getContent().toString()).contains("/tasks/" + task.getId());

        String page = mvc.perform(get("/tasks/" + task.getId()).with(user(users.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("提醒记录", "未报送提醒", unit.liaison.getDisplayName(), "电子邮件 已送达");
    }

    @Test
    void theMonthAboutToCloseIsRemindedOnItsLastWorkingDaysOnly() throws Exception {
        YearMonth month = YearMonth.from(tasks.today());
        LocalDate last = lastWorkingDay(month);
        if (last.isBefore(tasks.today())) {
            month = month.plusMonths(1);
            last = lastWorkingDay(month);
        }
        LocalDate early = workingDayFrom(month.atDay(1).isBefore(tasks.today()) ? tasks.today() : month.atDay(1));
        Account liaison = unit.liaison;

        if (!new ReminderRules(calendar::isWorkingDay).isMonthClosing(early, settings.current().getMonthClosingDays())) {
            jobsAt(early).remind();
            assertThat(count(liaison, NotificationKind.MONTH_CLOSING)).as("not before the month's last days").isZero();
        }
        ReminderJobs jobs = jobsAt(last);
        jobs.remind();
        jobs.deliver();
        jobs.remind();
        jobs.deliver();

        assertThat(count(liaison, NotificationKind.MONTH_CLOSING)).isEqualTo(1);
        List<MimeMessage> mine = mailTo(address);
        assertThat(mine).extracting(MimeMessage::getSubject)
                .containsOnlyOnce(month + " 月即将结束，请及时报送任务进展、完成整改");
    }

    /**
     * The scheduled jobs as the application runs them, on a clock set to 09:00 of {@code day} (or now, when that is
     * later: deliveries queued now are not due before), mail switched on. The delivery window is tested elsewhere.
     */
    ReminderJobs jobsAt(LocalDate day) {
        java.time.Instant morning = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        java.time.Instant soon = java.time.Instant.now().plusSeconds(60);
        Clock clock = Clock.fixed(soon.isAfter(morning) ? soon : morning, SHANGHAI);
        return MailedJobs.at(context, clock, smtp.getSmtp().getPort());
    }

    List<MimeMessage> mailTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    long count(Account to, NotificationKind kind) {
        return jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and kind = ?", Long.class,
                to.getId(), kind.name());
    }

    LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    LocalDate lastWorkingDay(YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}

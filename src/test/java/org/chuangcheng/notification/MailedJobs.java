package org.chuangcheng.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.task.TaskManagement;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled jobs as the application builds them, on a clock a test sets and with mail to a test SMTP server
 * (the shared test context has no mail host). The delivery window is open all day: it is tested elsewhere.
 */
final class MailedJobs {

    private MailedJobs() {
    }

    static ReminderJobs at(ApplicationContext context, Clock clock, int smtpPort) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        PreferencesStore preferences = context.getBean(PreferencesStore.class);
        Recipients recipients = context.getBean(Recipients.class);
        MessageSource messages = context.getBean(MessageSource.class);
        WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        List<NotificationChannel> channels = List.of(new MailChannel(
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                "chuangcheng@test.local"));
        Notifier notifier = new Notifier(jdbc, preferences, channels);
        Digests digests = new Digests(notifier, recipients, jdbc, messages);
        ReflectionTestUtils.setField(digests, "baseUrl", "https://cc.example");
        ReminderRun run = new ReminderRun(context.getBean(ProblemManagement.class), context.getBean(TaskManagement.class),
                calendar, context.getBean(EscalationSettingsStore.class), recipients, notifier, digests, transactions);
        Dispatcher dispatcher = new Dispatcher(jdbc, transactions, channels, context.getBean(Notifications.class),
                preferences, context.getBean(AccountManagement.class), recipients, notifier, messages, calendar, clock, 3,
                Duration.ofMinutes(5), LocalTime.MIN, LocalTime.MAX, "https://cc.example");
        return new ReminderJobs(run, dispatcher, clock);
    }
}

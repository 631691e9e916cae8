package org.chuangcheng.demo;

import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.organization.UnitHeads;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's reminders: a head (负责人) named for the demo liaison's unit, so the escalation ladder has someone to reach,
 * and today's reminders sent at once, so the bells are not empty before the first hourly run.
 * <p>
 * Loading the demo replays six months of the loop in a minute, and its events notify liaisons and the office as
 * if all of it had just happened: every bell would start at "99+". Once those events are handled, each
 * notification is dated when its step (or reminder) happened, those older than {@value #KEEP_DAYS} days are
 * dropped, and all but the newest {@value #UNREAD_PER_PERSON} of the last {@value #UNREAD_DAYS} days are marked
 * read, as a person who signs in every day would have left them.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 90)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoNotifications implements ApplicationRunner {

    static final String HEAD = "head";
    static final int KEEP_DAYS = 30;
    static final int UNREAD_DAYS = 3;
    static final int UNREAD_PER_PERSON = 4;
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private final AccountManagement accounts;
    private final NotificationManagement notifications;
    private final UnitManagement units;
    private final UnitHeads heads;
    private final JdbcTemplate jdbc;

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(HEAD).isPresent() || accounts.findByUsername("liaison").isEmpty()) {
            return;
        }
        Long unit = accounts.findByUsername("liaison").orElseThrow().getUnitId();
        Long head = accounts.create(HEAD, "Demo@2026", "王局长", Role.LEADER, unit, null).getId();
        heads.assign(DemoCity.SYSTEM, unit, units.get(unit).getVersion(), head);
        awaitNotificationListeners();
        long started = System.nanoTime();
        int sent = notifications.sendTodaysReminders();
        long reminded = System.nanoTime();
        settleHistory();
        log.info("demo reminders: {} notifications, {} unread (today's reminders {} ms, history settled {} ms)", sent,
                jdbc.queryForObject("select count(*) from notifications where read_at is null", Long.class),
                (reminded - started) / 1_000_000, (System.nanoTime() - reminded) / 1_000_000);
    }

    /**
     * The loop's events are handled after their commits, on other threads, and the history below is settled from the
     * notifications they write: wait until the notification feature's listeners are done with them. The other
     * features' listeners (rectification progress, citizen reports) need not be waited for: they go on while the
     * application starts taking requests. A backlog left after the patience, or a listener that failed, is logged,
     * never passed over in silence.
     */
    private void awaitNotificationListeners() {
        long started = System.nanoTime();
        long backlog = outstanding("<> 'FAILED'");
        long left = backlog;
        Instant until = Instant.now().plus(PATIENCE);
        while (left > 0 && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = outstanding("<> 'FAILED'");
        }
        long failed = outstanding("= 'FAILED'");
        if (left > 0) {
            log.warn("demo events: {} events still not handled by the notification feature after {}; the bells are "
                    + "settled without them", left, PATIENCE);
        }
        if (failed > 0) {
            log.warn("demo events: the notification feature failed on {} events (event_publication, status FAILED; "
                    + "retried every app.events.retry-every)", failed);
        }
        log.info("demo events: waited {} ms for the notification feature to handle {} events",
                (System.nanoTime() - started) / 1_000_000, backlog);
    }

    private long outstanding(String status) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and coalesce(status, '') " + status + " and listener_id like 'org.chuangcheng.notification.%'", Long.class);
    }

    private void settleHistory() {
        // a step's notification when the step happened (the latest such step of its record)
        jdbc.update("""
                update notifications n set created_at = e.at + interval '2 minutes'
                from (select problem_id, type, max(occurred_at) as at from problem_events group by problem_id, type) e
                where n.record_id = e.problem_id and e.type = case n.kind
                    when 'PROBLEM_ASSIGNED' then 'ASSIGN' when 'PROBLEM_RETURNED' then 'RETURN'
                    when 'PROBLEM_CLOSED' then 'CLOSE' when 'DEADLINE_EXTENDED' then 'EXTEND'
                    when 'EVIDENCE_SUBMITTED' then 'SUBMIT' when 'PROBLEM_REASSIGNED_AWAY' then 'REASSIGN' end
                """);
        jdbc.update("""
                update notifications n set created_at = e.at + interval '2 minutes'
                from (select task_id, type, max(occurred_at) as at from task_events group by task_id, type) e
                where n.record_id = e.task_id and e.type = case n.kind
                    when 'TASK_ASSIGNED' then 'REASSIGN' when 'TASK_REASSIGNED_AWAY' then 'REASSIGN'
                    when 'TASK_ACCEPTANCE_REQUESTED' then 'REQUEST_ACCEPTANCE' when 'TASK_ACCEPTED' then 'CLOSE'
                    when 'TASK_RETURNED' then 'RETURN' end
                """);
        // a reminder on the morning it fell due (a working day is about 7/5 calendar days)
        jdbc.update("""
                update notifications set created_at = least(now(), ((due_on + case kind
                    when 'DEADLINE_SOON' then -2 when 'DEADLINE_PASSED' then 1
                    else ceil(coalesce(working_days, 1) * 1.4)::int end) + time '08:05') at time zone 'Asia/Shanghai')
                where kind in ('DEADLINE_SOON', 'DEADLINE_PASSED', 'OVERDUE_LIAISON', 'OVERDUE_HEAD', 'OVERDUE_OFFICE')
                  and due_on is not null
                """);
        jdbc.update("""
                delete from notification_deliveries where notification_id in
                    (select id from notifications where created_at < now() - make_interval(days => ?))
                """, KEEP_DAYS);
        jdbc.update("delete from notifications where created_at < now() - make_interval(days => ?)", KEEP_DAYS);
        jdbc.update("""
                update notifications n set read_at = least(now(), n.created_at + interval '3 hours')
                from (select id, row_number() over (partition by recipient_id order by created_at desc, id desc) as rank
                      from notifications where read_at is null) r
                where n.id = r.id and (r.rank > ? or n.created_at < now() - make_interval(days => ?))
                """, UNREAD_PER_PERSON, UNREAD_DAYS);
    }
}

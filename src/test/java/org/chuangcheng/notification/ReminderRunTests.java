package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.Awaitility;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.security.Account;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The day's reminders: the ladder climbs on schedule, nothing is sent twice (run again, after a restart, or on two
 * instances at once), a lock held by another instance keeps the job from running, and the daily digest matches a
 * hand count.
 */
class ReminderRunTests extends AbstractIntegrationTests {

    @Autowired
    ReminderRun run;
    @Autowired
    ReminderJobs jobs;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    UnitManagement units;
    @Autowired
    org.chuangcheng.organization.UnitHeads heads;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    NotificationManagement management;

    ReminderFixture unit;
    LocalDate today;

    @BeforeEach
    void aUnitOfItsOwn() {
        unit = new ReminderFixture(problems, checkpoints, units, heads, accounts, jdbc);
        today = calendar.today();
    }

    @Test
    void theLadderClimbsOnScheduleAndNeverSendsTwice() throws Exception {
        Problem problem = unit.raise("梯度升级 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));
        LocalDate deadline = problem.getDeadline();
        Long id = problem.getId();

        run.run(calendar.addWorkingDays(deadline, 1));
        assertThat(unit.count(id, NotificationKind.DEADLINE_PASSED, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_LIAISON, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_HEAD, unit.head)).isZero();

        run.run(calendar.addWorkingDays(deadline, 3));
        assertThat(unit.count(id, NotificationKind.OVERDUE_HEAD, unit.head)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_OFFICE, "office")).isZero();

        run.run(calendar.addWorkingDays(deadline, 5));
        run.run(calendar.addWorkingDays(deadline, 5));
        run.run(calendar.addWorkingDays(deadline, 6));
        assertThat(unit.count(id, NotificationKind.OVERDUE_OFFICE, "office")).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_LIAISON, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_HEAD, unit.head)).isEqualTo(1);
        assertThat(unit.count(id, NotificationKind.OVERDUE_LIAISON, unit.head)).as("the head only at her rung").isZero();
        assertThat(unit.count(id, NotificationKind.OVERDUE_OFFICE, unit.liaison)).isZero();
        Integer days = jdbc.queryForObject("select working_days from notifications where record_id = ? and kind = ?",
                Integer.class, id, "OVERDUE_HEAD");
        assertThat(days).isEqualTo(3);

        // on the problem's page, under its timeline: which reminder, to whom, how
        String page = mvc.perform(get("/problems/" + id).with(user(users.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("提醒记录", "逾期 3 个工作日：升级至单位负责人", unit.head.getDisplayName(),
                "逾期 5 个工作日：升级至创城办和包联领导", "超期提醒（期限 " + deadline + "）");
    }

    @Test
    void onlyTheNamedHeadHearsAtTheSecondRungAndWithoutOneTheOfficeDoes() {
        Account otherLeader = accounts.create("r-o-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "Demo@2026x", "另一位领导", org.chuangcheng.shared.Role.LEADER, unit.unitId, null);
        Problem named = unit.raise("负责人 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));
        run.run(calendar.addWorkingDays(named.getDeadline(), 3));
        assertThat(unit.count(named.getId(), NotificationKind.OVERDUE_HEAD, unit.head)).isEqualTo(1);
        assertThat(unit.count(named.getId(), NotificationKind.OVERDUE_HEAD, otherLeader))
                .as("a leader of the unit who is not its head").isZero();
        assertThat(unit.count(named.getId(), NotificationKind.OVERDUE_HEAD, "office")).isZero();

        heads.assign(unit.office, unit.unitId, units.get(unit.unitId).getVersion(), null);
        Problem headless = unit.raise("无负责人 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));
        run.run(calendar.addWorkingDays(headless.getDeadline(), 3));
        assertThat(unit.count(headless.getId(), NotificationKind.OVERDUE_HEAD, unit.head)).isZero();
        assertThat(unit.count(headless.getId(), NotificationKind.OVERDUE_HEAD, otherLeader)).isZero();
        assertThat(unit.count(headless.getId(), NotificationKind.OVERDUE_HEAD, "office"))
                .as("no head named: the office hears of it at that rung").isEqualTo(1);
    }

    @Test
    void aDeadlineNearIsRemindedOnceAndAnExtensionStartsAfresh() {
        LocalDate day = workingDayFrom(today);
        Problem problem = unit.raise("期限将至 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(day, 2));

        run.run(day);
        run.run(day);
        assertThat(unit.count(problem.getId(), NotificationKind.DEADLINE_SOON, unit.liaison)).isEqualTo(1);
        assertThat(unit.count(problem.getId(), NotificationKind.DEADLINE_SOON, unit.head)).isZero();
    }

    @Test
    void twoInstancesRunningAtOnceSendEachReminderOnce() throws Exception {
        Problem problem = unit.raise("两个实例 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));
        LocalDate day = calendar.addWorkingDays(problem.getDeadline(), 5);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> instances = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return run.run(day);
        })).toList();
        for (CompletableFuture<Integer> instance : instances) {
            instance.get();
        }

        for (NotificationKind kind : List.of(NotificationKind.DEADLINE_PASSED, NotificationKind.OVERDUE_LIAISON)) {
            assertThat(unit.count(problem.getId(), kind, unit.liaison)).as(kind.name()).isEqualTo(1);
        }
        assertThat(unit.count(problem.getId(), NotificationKind.OVERDUE_HEAD, unit.head)).isEqualTo(1);
        assertThat(unit.count(problem.getId(), NotificationKind.OVERDUE_OFFICE, "office")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and kind = 'DAILY_DIGEST'",
                Long.class, unit.liaison.getId())).isEqualTo(1);
    }

    @Test
    void aLockHeldByAnotherInstanceKeepsTheScheduledJobFromRunning() {
        jdbc.update("delete from shedlock where name = 'reminders'");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values ('reminders', ?, ?, 'other-instance')",
                Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()));
        Problem problem = unit.raise("锁 " + today, ProblemSeverity.GENERAL, calendar.addWorkingDays(today, 1));

        jobs.remind();
        assertThat(unit.count(problem.getId(), NotificationKind.DEADLINE_SOON, unit.liaison)).isZero();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'reminders'", String.class))
                .isEqualTo("other-instance");

        // the other instance's lock runs out (ShedLock remembers the row exists: it is updated, never deleted)
        jdbc.update("update shedlock set lock_until = ? where name = 'reminders'",
                Timestamp.from(Instant.now().minusSeconds(60)));
        jobs.remind();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'reminders'", String.class))
                .isNotEqualTo("other-instance");
        assertThat(unit.count(problem.getId(), NotificationKind.DEADLINE_SOON, unit.liaison))
                .isEqualTo(calendar.isWorkingDay(today) ? 1 : 0);
    }

    @Test
    void theDailyDigestMatchesAHandCount() {
        LocalDate day = calendar.addWorkingDays(today, 1);
        // due soon on the digest's day: the deadline that day, and two working days after it
        Problem dueToday = unit.raise("汇总-当天到期", ProblemSeverity.GENERAL, day);
        Problem dueInTwo = unit.raise("汇总-两日后到期", ProblemSeverity.GENERAL, calendar.addWorkingDays(day, 2));
        unit.raise("汇总-三日后到期", ProblemSeverity.GENERAL, calendar.addWorkingDays(day, 3));
        unit.raise("汇总-长期", ProblemSeverity.LONG_TERM, null);
        // overdue: two still with the unit, one answered (waiting for the office: not the unit's to chase)
        Problem overdue1 = unit.raiseOverdue("汇总-逾期一", today.minusDays(20));
        Problem overdue2 = unit.raiseOverdue("汇总-逾期二", today.minusDays(10));
        unit.submit(unit.raiseOverdue("汇总-逾期已反馈", today.minusDays(10)));
        // closed since the last digest: two
        unit.close(unit.raise("汇总-销号一", ProblemSeverity.GENERAL, null));
        unit.close(unit.raise("汇总-销号二", ProblemSeverity.GENERAL, null));
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_closures where unit_id = ?", Long.class, unit.unitId) == 2);
        // the head reads her mail and digests in English
        management.changePreferences(unit.head.toActor(), 0, null, false, false, null, null, "en");

        run.run(day);

        List<Notification> toLiaison = notifications.findByRecipientIdAndKindOrderById(unit.liaison.getId(),
                NotificationKind.DAILY_DIGEST);
        assertThat(toLiaison).hasSize(1);
        String body = toLiaison.get(0).getBody();
        assertThat(body).startsWith("期限将至 2 件，逾期 2 件，上次汇总以来销号 2 件。");
        assertThat(body).contains("汇总-当天到期", "汇总-两日后到期", "汇总-逾期一", "汇总-逾期二",
                "/problems/" + dueToday.getId(), "/problems/" + dueInTwo.getId(), "/problems/" + overdue1.getId(),
                "/problems/" + overdue2.getId());
        assertThat(body).doesNotContain("汇总-三日后到期", "汇总-长期", "汇总-逾期已反馈");
        List<Notification> toHead = notifications.findByRecipientIdAndKindOrderById(unit.head.getId(),
                NotificationKind.DAILY_DIGEST);
        assertThat(toHead).as("the head too, as something is overdue").hasSize(1);
        assertThat(toHead.get(0).getBody()).startsWith("Due soon: 2, overdue: 2, closed since the last digest: 2.")
                .contains("Overdue:", "汇总-逾期一", "/problems/" + overdue1.getId());
    }

    @Test
    void theWeeklyDigestForLeadersMatchesAHandCount() {
        ReminderRules rules = new ReminderRules(calendar::isWorkingDay);
        LocalDate day = today.plusDays(1);
        while (!rules.isFirstWorkingDayOfWeek(day)) {
            day = day.plusDays(1);
        }
        String week = day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // the city as it stands (the demo's problems and other tests'): the digest before this unit's problems
        jdbc.update("delete from notifications where kind = 'WEEKLY_DIGEST' and dedup_key = ?", "WEEKLY_DIGEST:null:" + week);
        String first = weeklyDigest(day, week);
        int[] before = weeklyCounts(first);
        List<Integer> listedBefore = listedOverdue(first);

        unit.raise("周汇总-当天到期", ProblemSeverity.MAJOR, day);
        unit.raise("周汇总-两日后到期", ProblemSeverity.MAJOR, calendar.addWorkingDays(day, 2));
        unit.raise("周汇总-三日后到期", ProblemSeverity.MAJOR, calendar.addWorkingDays(day, 3));
        unit.raiseOverdue("周汇总-逾期一", today.minusDays(20));
        unit.raiseOverdue("周汇总-逾期二", today.minusDays(12));
        unit.raiseOverdue("周汇总-逾期三", today.minusDays(10));
        unit.submit(unit.raiseOverdue("周汇总-逾期已反馈", today.minusDays(10)));
        unit.close(unit.raise("周汇总-销号一", ProblemSeverity.GENERAL, null));
        unit.close(unit.raise("周汇总-销号二", ProblemSeverity.GENERAL, null));
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_closures where unit_id = ?", Long.class, unit.unitId) == 2);
        jdbc.update("delete from notifications where kind = 'WEEKLY_DIGEST' and dedup_key = ?", "WEEKLY_DIGEST:null:" + week);

        String after = weeklyDigest(day, week);
        int[] counts = weeklyCounts(after);

        // by hand: due soon 2 (that day, two working days on), overdue 3 (the answered one waits for the office),
        // closed 2 today, which lies within the 7 days before the digest's day unless a long holiday intervenes
        int closedInWeek = today.isBefore(day.minusDays(7)) ? 0 : 2;
        assertThat(counts).containsExactly(before[0] + 2, before[1] + 3, before[2] + closedInWeek);
        if (listedBefore.size() < 10 || listedBefore.stream().anyMatch(n -> n < 3)) {
            assertThat(after).contains(units.get(unit.unitId).getLabel() + "：逾期 3 件",
                    "/problems?scope=overdue&unitId=" + unit.unitId);
        }
        assertThat(after).contains("/problems?scope=overdue\n");
    }

    /** Runs the day and returns the demo leader's digest of that week. */
    String weeklyDigest(LocalDate day, String week) {
        run.run(day);
        return jdbc.queryForObject("select n.body from notifications n join accounts a on a.id = n.recipient_id "
                + "where a.username = 'leader' and n.kind = 'WEEKLY_DIGEST' and n.dedup_key = ?", String.class,
                "WEEKLY_DIGEST:null:" + week);
    }

    static int[] weeklyCounts(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("期限将至 (\\d+) 件，逾期 (\\d+) 件，近 7 天销号 (\\d+) 件")
                .matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    static List<Integer> listedOverdue(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("：逾期 (\\d+) 件").matcher(body);
        List<Integer> counts = new java.util.ArrayList<>();
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}

package org.chuangcheng.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.activity.ActivityKind;
import org.chuangcheng.activity.ActivityManagement;
import org.chuangcheng.activity.ActivityManagement.HistoricActivity;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Grid;
import org.chuangcheng.checkpoint.GridDetails;
import org.chuangcheng.checkpoint.GridManagement;
import org.chuangcheng.counselor.CounselorGroupDetails;
import org.chuangcheng.counselor.CounselorGroupManagement;
import org.chuangcheng.meeting.Meeting;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.meeting.MeetingDetails;
import org.chuangcheng.meeting.MeetingKind;
import org.chuangcheng.meeting.MeetingManagement;
import org.chuangcheng.meeting.NewDecision;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskStatus;
import org.chuangcheng.visit.VisitCompliance;
import org.chuangcheng.visit.VisitManagement;
import org.chuangcheng.visit.VisitManagement.HistoricVisit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six months of 包联 work: the paired leaders' visits (most pairings visited each month, some entered by the
 * unit's liaison on the leader's behalf, this month's still in progress), the units' volunteer activities,
 * weekly and monthly meetings with absences and the latest meeting's decisions, a supervisor account and the
 * task-book tasks whose quantities she confirms. Visits and activities go in as batches.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 30)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoPeople implements ApplicationRunner {

    static final int MONTHS = 6;

    private final AccountManagement accounts;
    private final CheckpointManagement checkpoints;
    private final VisitCompliance compliance;
    private final VisitManagement visits;
    private final ActivityManagement activities;
    private final MeetingManagement meetings;
    private final TaskManagement tasks;
    private final GridManagement grids;
    private final CounselorGroupManagement counselorGroups;
    private final UnitManagement units;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("office").isEmpty()) {
            return;
        }
        if (accounts.findByUsername("counselor").isEmpty()) {
            counselors(accounts.findByUsername("office").orElseThrow().toActor());
        }
        if (accounts.findByUsername("supervisor").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(2612);
        LocalDate today = LocalDate.now(clock);
        Actor office = accounts.findByUsername("office").orElseThrow().toActor();
        Actor supervisor = accounts.create("supervisor", DemoCity.PASSWORD, "赵监理", Role.SUPERVISOR, null,
                "0710-3210009").toActor();
        List<Checkpoint> all = checkpoints.search(office, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 5000, Sort.by("id"))).getContent();
        Map<Long, List<Checkpoint>> byUnit = new HashMap<>();
        for (Checkpoint c : all) {
            byUnit.computeIfAbsent(c.getResponsibleUnit().getId(), u -> new ArrayList<>()).add(c);
        }
        // the demo city's pairings were all made "today": they are taken to hold since before its six months
        checkpoints.pairingsHeldSince(LocalDate.of(2000, 1, 1));
        int visitCount = visits.importHistory(visits(random, today));
        int activityCount = activities.importHistory(activities(random, today, byUnit));
        int meetingCount = meetings(random, today, office, byUnit);
        supervision(office, supervisor);
        grids(office, all);
        log.info("Demo pairing work loaded: {} visits, {} volunteer activities, {} meetings in {} ms", visitCount,
                activityCount, meetingCount, (System.nanoTime() - started) / 1_000_000);
    }

    private List<HistoricVisit> visits(Random random, LocalDate today) {
        String[] checks = {"环境卫生、门前三包", "公益广告和创城氛围", "志愿服务站运行", "无障碍设施和便民设施",
            "农贸市场划行归市", "背街小巷路面和照明", "文明劝导和秩序"};
        List<HistoricVisit> history = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (VisitCompliance.Pairing p : compliance.pairings(current)) {
            Long liaisonId = liaisonOf(p.unitId());
            for (int m = MONTHS - 1; m >= 0; m--) {
                YearMonth month = current.minusMonths(m);
                int lastDay = m == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
                // about nine in ten pairings visited in a past month, about half so far this month
                double chance = m == 0 ? 0.5 : 0.88;
                if (random.nextDouble() >= chance) {
                    continue;
                }
                int times = random.nextDouble() < 0.3 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    LocalDate day = month.atDay(1 + random.nextInt(lastDay));
                    boolean onBehalf = liaisonId != null && random.nextDouble() < 0.2;
                    int solved = random.nextInt(4);
                    history.add(new HistoricVisit(p.checkpointId(), p.leaderId(), day,
                            p.leaderName() + (random.nextBoolean() ? "、" + p.unitName() + "负责人" : ""),
                            checks[random.nextInt(checks.length)],
                            solved > 0 ? "现场督促整改 " + solved + " 处" : null, solved,
                            onBehalf ? liaisonId : p.leaderId(), onBehalf));
                }
            }
        }
        return history;
    }

    /** The demo liaison of a unit: the README's own accounts first, else liaison-<unit id>. */
    private Long liaisonOf(Long unitId) {
        for (String username : List.of("liaison", "liaison2", "liaison-" + unitId)) {
            Optional<Account> account = accounts.findByUsername(username);
            if (account.isPresent() && unitId.equals(account.get().getUnitId())) {
                return account.get().getId();
            }
        }
        return null;
    }

    private List<HistoricActivity> activities(Random random, LocalDate today, Map<Long, List<Checkpoint>> byUnit) {
        String[] places = {"滨江广场", "人民公园", "火车站广场", "中心十字路口", "文化广场"};
        List<HistoricActivity> history = new ArrayList<>();
        LocalDate first = YearMonth.from(today).minusMonths(MONTHS - 1).atDay(1);
        int days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        ActivityKind[] kinds = ActivityKind.values();
        for (Map.Entry<Long, List<Checkpoint>> unit : byUnit.entrySet()) {
            Long recorder = liaisonOf(unit.getKey());
            if (recorder == null) {
                continue;
            }
            int count = 4 + random.nextInt(9);
            for (int i = 0; i < count; i++) {
                Checkpoint at = random.nextDouble() < 0.7 ? unit.getValue().get(random.nextInt(unit.getValue().size()))
                        : null;
                Long district = unit.getValue().get(0).getDistrict().getId();
                ActivityKind kind = kinds[random.nextInt(kinds.length)];
                history.add(new HistoricActivity(unit.getKey(), first.plusDays(random.nextInt(days)),
                        at == null ? null : at.getId(), at == null ? places[random.nextInt(places.length)] : null,
                        at == null ? district : at.getDistrict().getId(), kind, 5 + random.nextInt(56),
                        BigDecimal.valueOf(2 + random.nextInt(7)).divide(BigDecimal.valueOf(2)),
                        "志愿服务活动", recorder));
            }
        }
        return history;
    }

    private int meetings(Random random, LocalDate today, Actor office, Map<Long, List<Checkpoint>> byUnit) {
        Set<Long> expected = new HashSet<>();
        for (Long unitId : byUnit.keySet()) {
            if (liaisonOf(unitId) != null) {
                expected.add(unitId);
            }
        }
        LocalDate first = YearMonth.from(today).minusMonths(MONTHS - 1).atDay(1);
        int count = 0;
        Meeting latestMonthly = null;
        for (LocalDate day = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !day.isAfter(today);
                day = day.plusWeeks(1)) {
            boolean monthly = day.getDayOfMonth() <= 7;
            Set<Long> present = new HashSet<>();
            for (Long unitId : expected) {
                if (random.nextDouble() >= 0.08) {
                    present.add(unitId);
                }
            }
            Meeting meeting = meetings.record(office, new MeetingDetails(monthly ? MeetingKind.MONTHLY : MeetingKind.WEEKLY,
                    day, monthly ? day.getMonthValue() + "月创城专题会" : "创城工作周例会", monthly ? "张副市长" : "创城办王主任",
                    monthly ? "通报上月测评和排名，部署本月重点工作。" : "调度本周问题整改和任务进度。", expected, present));
            if (monthly) {
                latestMonthly = meeting;
            }
            count++;
        }
        if (latestMonthly != null) {
            decisions(latestMonthly, today, office, byUnit);
        }
        return count;
    }

    private void decisions(Meeting meeting, LocalDate today, Actor office, Map<Long, List<Checkpoint>> byUnit) {
        List<Long> units = byUnit.keySet().stream().sorted().toList();
        Long first = units.get(0);
        Long second = units.get(Math.min(1, units.size() - 1));
        meetings.decide(office, meeting.getId(), meetings.get(meeting.getId()).getVersion(), new NewDecision(
                "月底前完成责任点位公益广告更新", first, today.plusDays(20), null, null));
        meetings.decide(office, meeting.getId(), meetings.get(meeting.getId()).getVersion(), new NewDecision(
                "背街小巷路灯缺亮问题限期整改", second, today.plusDays(10),
                byUnit.get(second).get(0).getId(), ProblemSeverity.MAJOR));
    }

    /** Each district in two grids, its checkpoints split between them. */
    private void grids(Actor office, List<Checkpoint> all) {
        Map<Long, List<Checkpoint>> byDistrict = new HashMap<>();
        for (Checkpoint c : all) {
            byDistrict.computeIfAbsent(c.getDistrict().getId(), d -> new ArrayList<>()).add(c);
        }
        String[] people = {"刘建国", "陈丽华", "周海涛", "吴芳", "郑志强", "孙敏", "钱卫东", "何静", "冯涛", "朱红", "高峰", "林燕"};
        int n = 0;
        for (Map.Entry<Long, List<Checkpoint>> district : byDistrict.entrySet()) {
            List<Checkpoint> members = district.getValue();
            for (int half = 0; half < 2; half++) {
                Grid grid = grids.create(office, new GridDetails(district.getKey(), half == 0 ? "第一网格" : "第二网格",
                        district.getKey(), people[n++ % people.length], null));
                List<Long> ids = new ArrayList<>();
                for (int i = half; i < members.size(); i += 2) {
                    ids.add(members.get(i).getId());
                }
                grids.place(office, grid.getId(), grid.getVersion(), ids);
            }
        }
    }

    /**
     * Two counselors in one group that coaches the first district (with its streets and communities) and the demo
     * liaison's unit, so that signing in as {@code counselor} shows a part of the city.
     */
    private void counselors(Actor office) {
        Account first = accounts.create("counselor", DemoCity.PASSWORD, "沈辅导", Role.COUNSELOR, null, "0710-3210011");
        Account second = accounts.create("counselor2", DemoCity.PASSWORD, "韩辅导", Role.COUNSELOR, null, "0710-3210012");
        List<Long> districts = units.districts().stream().limit(1).map(u -> u.getId()).toList();
        List<Long> covered = accounts.findByUsername("liaison").map(Account::getUnitId).stream().toList();
        counselorGroups.create(office, new CounselorGroupDetails("第一辅导组", List.of(first.getId(), second.getId()),
                districts, covered));
    }

    /** The supervisor checks the quantities of a few task-book tasks with targets; one is corrected. */
    private void supervision(Actor office, Actor supervisor) {
        List<Task> withTargets = tasks.search(office, TaskFilter.none(), PageRequest.of(0, 200, Sort.by("id")))
                .getContent().stream()
                .filter(t -> t.getTargetQuantity() != null && t.getStatus() != TaskStatus.CLOSED)
                .filter(t -> t.getStatus() != TaskStatus.PENDING_ACCEPTANCE)
                .limit(4).toList();
        for (int i = 0; i < withTargets.size(); i++) {
            Task task = withTargets.get(i);
            tasks.requireConfirmation(office, task.getId(), task.getVersion(), true);
            Task reread = tasks.get(office, task.getId());
            if (i % 2 == 0 && reread.getQuantityDone() != null) {
                BigDecimal reported = reread.getQuantityDone();
                BigDecimal confirmed = i == 0 && reported.signum() > 0
                        ? reported.subtract(reported.divide(BigDecimal.TEN).setScale(0, java.math.RoundingMode.DOWN))
                        : reported;
                tasks.confirmQuantity(supervisor, task.getId(), reread.getVersion(), confirmed,
                        confirmed.compareTo(reported) == 0 ? null : "现场抽查，部分未完成");
            }
        }
    }
}

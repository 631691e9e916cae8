package org.chuangcheng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.report.CitizenReport;
import org.chuangcheng.report.CitizenReportManagement;
import org.chuangcheng.report.RejectReason;
import org.chuangcheng.report.ReportHistory;
import org.chuangcheng.report.ReportPlace;
import org.chuangcheng.report.ReportStatus;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six months of citizen reports (about 300) in every state: awaiting review, rejected for each reason, merged,
 * accepted, dispatched, resolved awaiting a reply, replied on time and late; their problems answered and
 * closed by the units, and the rewards due, paid and refused. A pool of phones reports again and again, as real
 * reporters do. Every step goes through the features' guarded methods with a past date.
 * <p>
 * The reports are played {@value #CHUNK} to a transaction: in one transaction for all of them, every query's
 * automatic flush checked every report and problem played so far, and loading took minutes under load.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 30)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoReports implements ApplicationRunner {

    static final int REPORTS = 300;
    static final int CHUNK = 25;
    static final int DAYS = 182;
    static final String[][] SCENES = {
        {"graffiti", "电线杆上贴满小广告", "墙面被乱涂乱画", "公交站牌被贴了办证广告"},
        {"street-vending", "流动摊贩占用人行道", "早餐摊占道经营", "水果摊越门经营"},
        {"garbage", "垃圾堆放多日无人清运", "绿化带内有建筑垃圾", "垃圾桶满溢"},
        {"broken-facility", "井盖破损", "路灯不亮", "人行道地砖松动"},
        {"tangled-cables", "线缆缠绕成蜘蛛网", "通信线缆垂落", "楼道飞线充电"},
        {"uncivil-dog-keeping", "遛狗不牵绳", "犬只粪便未清理", "大型犬进入广场"},
    };

    private final CitizenReportManagement reports;
    private final ReportHistory history;
    private final ProblemManagement problems;
    private final CheckpointManagement checkpoints;
    private final AccountManagement accounts;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        Actor office = accounts.findByUsername("office").map(a -> a.toActor()).orElse(null);
        if (office == null || reports.count(office, ReportStatus.SUBMITTED) + reports.count(office, ReportStatus.REPLIED)
                > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(2026_11);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Checkpoint> all = checkpoints.search(office, CheckpointFilter.none(),
                PageRequest.of(0, 5000, Sort.by("id"))).getContent();
        Map<Long, Actor> liaisons = new HashMap<>();
        accounts.withRole(Role.LIAISON).forEach(a -> liaisons.putIfAbsent(a.getUnitId(), a.toActor()));
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            phones.add("13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
        }
        List<CitizenReport> accepted = new ArrayList<>();
        List<Problem> raised = new ArrayList<>();
        for (int chunk = 0; chunk < REPORTS; chunk += CHUNK) {
            int from = chunk;
            transactions.executeWithoutResult(status -> {
                List<Problem> played = new ArrayList<>();
                for (int n = from; n < Math.min(from + CHUNK, REPORTS); n++) {
                    play(n, office, random, zone, today, all, liaisons, phones, accepted, played);
                }
                problems.importHistory(played);
                raised.addAll(played);
            });
        }
        history.settleRewards(office, today.minusDays(30), 12, clock.instant());
        log.info("Demo citizen reports loaded: {} reports, {} dispatched in {} ms", REPORTS, raised.size(),
                System.currentTimeMillis() - started);
    }

    /** The life of the {@code n}-th report, as far as it got by today. */
    private void play(int n, Actor office, Random random, ZoneId zone, LocalDate today, List<Checkpoint> all,
            Map<Long, Actor> liaisons, List<String> phones, List<CitizenReport> accepted, List<Problem> raised) {
        LocalDate day = today.minusDays(DAYS - (long) n * DAYS / REPORTS);
        Moment submitted = at(day, zone, random);
        String[] scene = SCENES[random.nextInt(SCENES.length)];
        Checkpoint checkpoint = all.get(random.nextInt(all.size()));
        ReportPlace place = new ReportPlace(checkpoint.getAddress(), jitter(checkpoint.getLatitude(), random),
                jitter(checkpoint.getLongitude(), random), random.nextBoolean() ? checkpoint.getId() : null);
        String phone = random.nextInt(10) < 7 ? phones.get(random.nextInt(phones.size())) : null;
        CitizenReport report = history.submitted(scene[0], scene[1 + random.nextInt(3)], place, phone,
                submitted.at(), day);
        long age = java.time.temporal.ChronoUnit.DAYS.between(day, today);
        if (age < 2) {
            return;
        }
        Moment reviewed = at(day.plusDays(1), zone, random);
        int fate = random.nextInt(100);
        if (fate < 12) {
            RejectReason[] reasons = RejectReason.values();
            history.reject(office, report, reasons[random.nextInt(reasons.length)], null, reviewed.at());
            return;
        }
        CitizenReport earlier = fate < 20 ? sameScene(accepted, report) : null;
        if (earlier != null) {
            history.merge(office, report, earlier, reviewed.at());
            return;
        }
        history.accept(office, report, reviewed.at());
        accepted.add(report);
        if (age < 4 && random.nextBoolean()) {
            return;
        }
        Problem problem = history.dispatch(office, report, checkpoint, reviewed);
        raised.add(problem);
        Actor liaison = liaisons.get(problem.getResponsibleUnit().getId());
        LocalDate answered = reviewed.day().plusDays(random.nextInt(6));
        if (liaison == null || !answered.isBefore(today)) {
            return;
        }
        problem.submit("已按要求处置到位，现场已恢复。", List.of(), liaison, at(answered, zone, random));
        LocalDate closedOn = answered.plusDays(1 + random.nextInt(2));
        if (!closedOn.isBefore(today) || random.nextInt(100) < 10) {
            return;
        }
        Moment closed = at(closedOn, zone, random);
        problem.close(null, office, closed);
        history.resolved(report, closed.at());
        // most replies within the limit, some late, some not yet written
        LocalDate replied = calendar.addWorkingDays(closedOn, random.nextInt(100) < 80 ? 1 : 4);
        if (replied.isBefore(today) && random.nextInt(100) < 92) {
            history.reply(office, report, "您反映的问题已处置完毕，感谢您对文明城市创建的支持！", at(replied, zone, random));
        }
    }

    /** An accepted report of the same category at the same checkpoint in the last week, if any. */
    private static CitizenReport sameScene(List<CitizenReport> accepted, CitizenReport report) {
        for (int i = accepted.size() - 1; i >= 0; i--) {
            CitizenReport candidate = accepted.get(i);
            if (candidate.getSubmittedAt().isBefore(report.getSubmittedAt().minus(java.time.Duration.ofDays(7)))) {
                return null;
            }
            if (candidate.getCategory().getId().equals(report.getCategory().getId())) {
                return candidate;
            }
        }
        return null;
    }

    private static BigDecimal jitter(BigDecimal degrees, Random random) {
        return degrees == null ? null
                : degrees.add(BigDecimal.valueOf(random.nextGaussian() * 0.0002)).setScale(6, RoundingMode.HALF_UP);
    }

    private static Moment at(LocalDate day, ZoneId zone, Random random) {
        return new Moment(day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(zone).toInstant(), day);
    }
}

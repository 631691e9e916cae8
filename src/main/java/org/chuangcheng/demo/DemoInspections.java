package org.chuangcheng.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.inspection.Inspection;
import org.chuangcheng.inspection.InspectionFilter;
import org.chuangcheng.inspection.InspectionManagement;
import org.chuangcheng.inspection.InspectionType;
import org.chuangcheng.inspection.ItemResult;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six months of inspections (about 200) and the problems they raised (about 800) in every state:
 * assigned, submitted, returned, closed on time and late, overdue, reassigned, extended, cancelled and
 * carried over. Every step goes through the domain methods with a past date, so the records obey the
 * same rules as live ones. Each unit that answers for checkpoints gets a demo liaison account.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 10)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoInspections implements ApplicationRunner {

    static final int INSPECTIONS = 200;
    static final int DAYS = 182;

    private final InspectionManagement inspections;
    private final ProblemManagement problems;
    private final CheckpointManagement checkpoints;
    private final CheckpointCatalog catalog;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final AttachmentStore attachments;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    /**
     * One transaction per inspection, not one for the whole history: a persistence context holding every
     * problem so far made each query's automatic flush check them all again (minutes instead of seconds).
     * The reference data read first (checkpoints, units, standards, photos) is only referred to by the new
     * records, so it may stay detached.
     */
    @Override
    public void run(ApplicationArguments args) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Actor office = accounts.findByUsername("office").map(a -> a.toActor()).orElse(null);
        if (office == null || tx.execute(status -> inspections.search(office,
                new InspectionFilter(null, null, null, null, null, null), PageRequest.of(0, 1)).getTotalElements()) > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(2026_06);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Actor> inspectors = List.of(accounts.findByUsername("inspector").orElseThrow().toActor(),
                accounts.findByUsername("inspector2").orElseThrow().toActor(), office);
        List<Checkpoint> all = tx.execute(status -> checkpoints.search(office,
                new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 5000, Sort.by("id"))).getContent());
        // problems are reassigned only among units that answer for checkpoints, so each has a liaison to answer
        Map<Long, Unit> owners = new java.util.LinkedHashMap<>();
        all.forEach(c -> owners.putIfAbsent(c.getResponsibleUnit().getId(), c.getResponsibleUnit()));
        List<Unit> bureaus = List.copyOf(owners.values());
        Map<Long, List<Standard>> checklists = new HashMap<>();
        Map<Long, Actor> liaisons = new HashMap<>();
        tx.executeWithoutResult(status -> bureaus.forEach(u -> liaison(u, liaisons)));
        log.info("Demo liaisons ready for {} units in {} ms", liaisons.size(), System.currentTimeMillis() - started);
        List<Attachment> photos = tx.execute(status -> photos(inspectors.get(0)));
        InspectionType[] types = InspectionType.values();
        int raised = 0;

        for (int i = 0; i < INSPECTIONS; i++) {
            int n = i;
            raised += tx.execute(status -> {
                // spread over the last six months, oldest first; the newest few stay drafts
                LocalDate day = today.minusDays(DAYS - (long) n * DAYS / INSPECTIONS);
                while (!calendar.isWorkingDay(day)) {
                    day = day.minusDays(1);
                }
                Moment when = new Moment(day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant(), day);
                Checkpoint checkpoint = all.get(random.nextInt(all.size()));
                Actor inspector = inspectors.get(random.nextInt(inspectors.size()));
                List<Standard> checklist = checklists.computeIfAbsent(checkpoint.getCategory().getId(), catalog::checklist);
                Inspection inspection = new Inspection(checkpoint, checklist, inspector);
                Map<Long, ItemResult> results = new HashMap<>();
                double failRate = 0.10 + random.nextDouble() * 0.25;
                for (Standard s : checklist) {
                    double r = random.nextDouble();
                    results.put(s.getId(), r < failRate ? ItemResult.FAIL : r < failRate + 0.07 ? ItemResult.NOT_APPLICABLE
                            : ItemResult.PASS);
                }
                InspectionType type = types[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(types.length - 1)];
                BigDecimal lat = checkpoint.getLatitude() == null ? null
                        : checkpoint.getLatitude().add(BigDecimal.valueOf(random.nextGaussian() * 0.0003)).setScale(6, RoundingMode.HALF_UP);
                BigDecimal lng = lat == null ? null
                        : checkpoint.getLongitude().add(BigDecimal.valueOf(random.nextGaussian() * 0.0003)).setScale(6, RoundingMode.HALF_UP);
                inspection.record(type, when.at(), inspector.displayName() + (random.nextBoolean() ? "、孙志愿" : ""),
                        random.nextInt(4) == 0 ? "现场整体情况较好，个别项目需整改。" : null, lat, lng, results, Map.of());
                if (n % 10 == 0) {
                    inspection.addPhotos(List.of(photos.get(n % photos.size())));
                }
                inspections.importHistory(inspection);
                if (n >= INSPECTIONS - 4) {
                    return 0;
                }
                List<Problem> found = new ArrayList<>(inspections.finishAndRaise(inspection, inspector, when));
                if (random.nextInt(8) == 0) {
                    // a problem beyond the checklist that cannot be fixed quickly: carried over into the annual plan
                    found.addAll(problems.raise(inspector, List.of(new NewProblem(checkpoint.getId(), inspection.getId(), null,
                            "周边道路破损、排水不畅，需纳入年度改造计划", ProblemSeverity.LONG_TERM, null, null)), List.of(),
                            when));
                }
                for (Problem problem : found) {
                    live(problem, today, zone, random, office, liaisons, bureaus, photos);
                }
                problems.importHistory(found);
                return found.size();
            });
        }
        log.info("Demo inspections loaded: {} inspections, {} problems in {} ms", INSPECTIONS, raised,
                System.currentTimeMillis() - started);
    }

    /** Plays a problem's life forward from its assignment until today, by chance but by the rules. */
    private void live(Problem p, LocalDate today, ZoneId zone, Random random, Actor office, Map<Long, Actor> liaisons,
            List<Unit> bureaus, List<Attachment> photos) {
        LocalDate day = p.getAssignedOn();
        if (random.nextInt(100) < 5) {
            LocalDate on = day.plusDays(1 + random.nextInt(3));
            if (on.isBefore(today)) {
                p.cancel("重复交办，与同点位另一问题合并处理", office, at(on, zone, random));
            }
            return;
        }
        if (random.nextInt(100) < 4) {
            day = day.plusDays(1);
            Unit other = bureaus.get(random.nextInt(bureaus.size()));
            if (day.isBefore(today) && !other.getId().equals(p.getResponsibleUnit().getId())) {
                p.reassign(other, "经核实属该单位职责范围，予以转办", office, at(day, zone, random));
            }
        }
        if (p.getDeadline() != null && random.nextInt(100) < 6) {
            LocalDate on = day.plusDays(1);
            if (on.isBefore(today)) {
                p.extend(calendar.addWorkingDays(p.getDeadline(), 5), "涉及采购施工，申请延期", office, at(on, zone, random));
                day = on;
            }
        }
        int allowance = p.getDeadline() == null ? 60 : (int) java.time.temporal.ChronoUnit.DAYS.between(day, p.getDeadline());
        for (int round = 0; round < 3; round++) {
            // most units answer within the deadline, some late, some not yet
            int lag = random.nextInt(100) < 78 ? random.nextInt(Math.max(1, allowance + 1)) : allowance + 1 + random.nextInt(20);
            LocalDate submitted = day.plusDays(Math.max(round == 0 ? 0 : 1, lag));
            if (!submitted.isBefore(today)) {
                return;
            }
            Actor liaison = liaison(p.getResponsibleUnit(), liaisons);
            p.submit(round == 0 ? "已按要求完成整改，现场已清理规范。" : "已按复查意见重新整改到位。",
                    random.nextInt(6) == 0 ? List.of(photos.get(random.nextInt(photos.size()))) : List.of(), liaison,
                    at(submitted, zone, random));
            LocalDate reviewed = submitted.plusDays(1 + random.nextInt(4));
            if (!reviewed.isBefore(today)) {
                return;
            }
            if (round < 2 && random.nextInt(100) < 22) {
                p.returnToUnit("整改不到位，现场仍有问题，请重新整改并补充照片", office, at(reviewed, zone, random));
                day = reviewed;
                allowance = 3;
            } else {
                p.close(null, office, at(reviewed, zone, random));
                return;
            }
        }
    }

    private Actor liaison(Unit unit, Map<Long, Actor> liaisons) {
        return liaisons.computeIfAbsent(unit.getId(), id -> accounts.withRole(Role.LIAISON).stream()
                .filter(a -> id.equals(a.getUnitId())).findFirst()
                .orElseGet(() -> accounts.create("liaison-" + id, DemoCity.PASSWORD, unit.getLabel() + "联络员",
                        Role.LIAISON, id, null))
                .toActor());
    }

    private static Moment at(LocalDate day, ZoneId zone, Random random) {
        return new Moment(day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant(), day);
    }

    /** A few small generated pictures, so that photo strips and thumbnails show something. */
    private List<Attachment> photos(Actor uploader) {
        List<Attachment> stored = new ArrayList<>();
        Color[] colors = {new Color(0xB7282E), new Color(0x2E7D32), new Color(0x1565C0), new Color(0xF9A825)};
        for (int i = 0; i < colors.length; i++) {
            BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(colors[i]);
            g.fillRect(0, 0, 160, 120);
            g.setColor(Color.WHITE);
            g.fillOval(50 + i * 5, 30, 60, 60);
            g.dispose();
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(image, "png", out);
                stored.add(attachments.store("demo-" + (i + 1) + ".png", out.toByteArray(), uploader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }
}

package org.chuangcheng.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.indicator.Indicator;
import org.chuangcheng.indicator.IndicatorTree;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.ProgressReport;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskDetails;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskPriority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo city's task book: 60 tasks in every state, with progress reports (some with photos), acceptance
 * requests, closings, a return and reassignments (限期办结). The steps go through {@link TaskManagement};
 * afterwards their dates are moved back into the past, because a real task book spans months.
 * Units without a demo account act through a stand-in liaison of that unit (signed as the office account).
 */
@Slf4j
@Component
@Order(DemoCity.ORDER + 20)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoTasks implements ApplicationRunner {

    public static final String BOOK = "2026年创建全国文明城市任务书";

    /** 序号, 任务内容, 牵头单位, 配合单位 (、), 目标数量, 计量单位, 工作组, 测评指标. */
    private static final String[][] TASKS = {
        {"完成城区3600个通信箱体美化", "江城移动", "江城联通、江城电信、江城广电", "3600", "个", "生活环境组", "P07-08"},
        {"完成159千米架空线缆规整（“蜘蛛网”治理）", "市工信局", "江城移动、江城联通、江城电信、江城广电、江城供电", "159", "千米", "生活环境组", "P07-08"},
        {"完成12个农贸市场提档升级", "市市场监管局", "市商务局、城关区、东湖区", "12", "个", "市场环境组", "P04-03"},
        {"农贸市场“门前三包”和划行归市全覆盖", "市市场监管局", "市城管局", "28", "个", "市场环境组", "P07-01"},
        {"开展食品安全“百店示范”创建", "市市场监管局", "市商务局", "100", "家", "市场环境组", "P08-04"},
        {"消费者权益保护投诉站进商场、进市场", "市市场监管局", "市商务局", "45", "个", "市场环境组", "P04-03"},
        {"完成城区窗口单位诚信经营承诺公示", "市市场监管局", "人行江城分行", "300", "家", "市场环境组", "P04-06"},
        {"电信营业厅文明服务提升，设置便民服务台", "江城电信", "", "18", "个", "市场环境组", "P04-06"},
        {"移动营业厅适老化改造与志愿服务岗", "江城移动", "", "24", "个", "市场环境组", "P04-06"},
        {"联通营业厅公益广告和文明用语规范", "江城联通", "", "15", "个", "宣传氛围组", "P01-02"},
        {"有线电视机顶盒播放创城公益广告", "江城广电", "市委宣传部", "", "", "宣传氛围组", "P11-04"},
        {"供电营业厅无障碍设施改造", "江城供电", "市住建局", "9", "个", "生活环境组", "P07-05"},
        {"老旧配电箱更换与箱体美化", "江城供电", "", "860", "个", "生活环境组", "P07-08"},
        {"主次干道公益广告刊播全覆盖", "市委宣传部", "市城管局", "1200", "处", "宣传氛围组", "P01-02"},
        {"新时代文明实践站规范化建设", "市文明办", "城关区、东湖区、西山区", "56", "个", "志愿服务组", "P01-04"},
        {"志愿服务站点建设并常态开展活动", "市文明办", "市民政局", "80", "个", "志愿服务组", "P01-05"},
        {"评选发布“江城好人”", "市文明办", "市委宣传部", "40", "人", "宣传氛围组", "P01-03"},
        {"背街小巷环境综合整治", "市城管局", "城关区、东湖区", "86", "条", "生活环境组", "P07-01"},
        {"规范占道经营和流动摊贩", "市城管局", "市市场监管局", "", "", "生活环境组", "P07-08"},
        {"新建改造城市公厕并达到二类以上标准", "市城管局", "市住建局", "64", "座", "生活环境组", "P07-01"},
        {"生活垃圾分类示范小区创建", "市城管局", "市住建局、城关区", "120", "个", "生态环境组", "P07-07"},
        {"老旧小区改造（含加装电梯）", "市住建局", "城关区、南湖区", "32", "个", "生活环境组", "P07-04"},
        {"人行道破损修复和无障碍坡道改造", "市住建局", "市城管局", "48", "千米", "生活环境组", "P07-02"},
        {"建筑工地围挡公益广告和扬尘治理", "市住建局", "市生态环境局", "150", "个", "生态环境组", "P09-01"},
        {"公交站台文明乘车宣传和候车设施维护", "市交通运输局", "", "420", "个", "生活环境组", "P07-03"},
        {"出租车、网约车文明服务专项整治", "市交通运输局", "市交警支队", "", "", "生活环境组", "P07-03"},
        {"重点路口文明交通劝导岗设置", "市交警支队", "市文明办", "60", "个", "法治环境组", "P07-03"},
        {"机动车礼让斑马线专项行动", "市交警支队", "", "", "", "法治环境组", "P07-03"},
        {"非机动车停放秩序治理", "市交警支队", "市城管局", "35", "条", "法治环境组", "P07-03"},
        {"校园周边200米环境综合整治", "市教育局", "市公安局交通警察支队、市市场监管局", "96", "所", "未成年人思想道德建设组", "P06-01"},
        {"中小学心理健康辅导室全覆盖", "市教育局", "市卫健委", "143", "所", "未成年人思想道德建设组", "P06-03"},
        {"乡村学校少年宫常态化开展活动", "市教育局", "", "38", "所", "未成年人思想道德建设组", "P10-04"},
        {"网吧禁止接纳未成年人专项检查", "市文旅局", "市公安局交通警察支队", "210", "家", "未成年人思想道德建设组", "P06-02"},
        {"公共文化场馆免费开放和错时开放", "市文旅局", "", "26", "个", "人文环境组", "P05-01"},
        {"城市书房建设", "市文旅局", "城关区、高新区", "20", "个", "人文环境组", "P05-02"},
        {"A级景区文明旅游宣传和志愿服务", "市文旅局", "市文明办", "14", "个", "人文环境组", "P05-04"},
        {"医院就诊秩序和“一米线”设置", "市卫健委", "", "22", "家", "社会环境组", "P05-03"},
        {"医疗机构无烟环境建设", "市卫健委", "", "180", "家", "社会环境组", "P05-03"},
        {"流浪乞讨人员救助管理专项行动", "市民政局", "市城管局、市公安局交通警察支队", "", "", "社会环境组", "P08-06"},
        {"社区养老服务站建设", "市民政局", "城关区、东湖区、西山区", "45", "个", "社会环境组", "P07-04"},
        {"政务服务中心“好差评”全覆盖", "市政务服务局", "", "", "", "政务环境组", "P02-01"},
        {"12345热线诉求按期办结", "市政务服务局", "", "", "", "政务环境组", "P02-05"},
        {"银行网点适老化服务和诚信宣传", "人行江城分行", "", "120", "个", "市场环境组", "P04-02"},
        {"黑臭水体整治和河湖岸线保洁", "市生态环境局", "市城管局", "8", "条", "生态环境组", "P09-04"},
        {"城区道路绿化补植", "市住建局", "市城管局", "35", "千米", "生态环境组", "P09-03"},
        {"商业街区门头招牌规范整治", "市商务局", "市城管局", "1600", "块", "市场环境组", "P07-08"},
        {"商场超市文明购物引导和诚信经营", "市商务局", "市市场监管局", "40", "家", "市场环境组", "P04-06"},
        {"城关区背街小巷改造提升", "城关区", "城关中心街道", "15", "条", "生活环境组", "P07-01"},
        {"东湖区老旧小区环境整治", "东湖区", "东湖中心街道", "12", "个", "生活环境组", "P07-04"},
        {"西山区农贸市场周边秩序整治", "西山区", "市市场监管局", "4", "个", "市场环境组", "P04-03"},
        {"南湖区沿湖步道无障碍改造", "南湖区", "市住建局", "6", "千米", "生活环境组", "P07-05"},
        {"高新区企业文明单位创建", "高新区", "", "30", "家", "志愿服务组", "P01-06"},
        {"经开区道路破损修复", "经开区", "市住建局", "18", "千米", "生活环境组", "P07-02"},
        {"城关中心街道楼道堆物清理", "城关中心街道", "", "260", "栋", "生活环境组", "P07-01"},
        {"东湖中心街道文明实践站活动", "东湖中心街道", "", "24", "场", "志愿服务组", "P01-04"},
        {"广电光缆入地改造", "江城广电", "市住建局", "26", "千米", "生活环境组", "P07-08"},
        {"5G基站美化伪装", "江城联通", "江城移动、江城电信", "210", "座", "生活环境组", "P07-08"},
        {"电信杆路清理和废弃线缆回收", "江城电信", "江城移动、江城联通", "64", "千米", "生活环境组", "P07-08"},
        {"市场主体信用信息公示抽查", "市市场监管局", "人行江城分行", "1500", "户", "市场环境组", "P04-01"},
        {"社区“门前三包”责任制落实", "市城管局", "城关区、东湖区、西山区、南湖区", "", "", "生活环境组", "P07-01"},
    };

    /** The plan for each task: the states the demo city needs, in a fixed pattern. */
    private enum Plan { NOT_STARTED, NOT_STARTED_STALE, IN_PROGRESS, IN_PROGRESS_STALE, OVERDUE, PENDING, CLOSED_ON_TIME,
        CLOSED_LATE, RETURNED, REASSIGNED }

    private static final Plan[] PATTERN = {
        Plan.IN_PROGRESS, Plan.CLOSED_ON_TIME, Plan.IN_PROGRESS, Plan.PENDING, Plan.IN_PROGRESS_STALE,
        Plan.NOT_STARTED, Plan.OVERDUE, Plan.CLOSED_ON_TIME, Plan.IN_PROGRESS, Plan.CLOSED_LATE,
        Plan.NOT_STARTED_STALE, Plan.RETURNED, Plan.IN_PROGRESS, Plan.REASSIGNED, Plan.PENDING,
        Plan.CLOSED_ON_TIME, Plan.IN_PROGRESS_STALE, Plan.OVERDUE, Plan.IN_PROGRESS, Plan.CLOSED_ON_TIME};

    private final TaskManagement tasks;
    private final UnitManagement units;
    private final WorkGroupManagement workGroups;
    private final IndicatorTree indicators;
    private final AccountManagement accounts;
    private final JdbcTemplate jdbc;
    @Value("${app.time-zone:Asia/Shanghai}")
    private String timeZone;

    /** Not one transaction: each step commits, so the dates moved back afterwards are not overwritten. */
    @Override
    public void run(ApplicationArguments args) {
        if (tasks.count() > 0 || units.findByName("市市场监管局").isEmpty()) {
            return;
        }
        Random random = new Random(2026_04);
        Actor office = accounts.findByUsername("office").orElseThrow().toActor();
        Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        Actor liaison2 = accounts.findByUsername("liaison2").orElseThrow().toActor();
        LocalDate today = tasks.today();
        Unit spare = units.findByName("市城管局").orElseThrow();

        for (int i = 0; i < TASKS.length; i++) {
            String[] row = TASKS[i];
            Plan plan = PATTERN[i % PATTERN.length];
            // the demo liaison's unit gets one task in each interesting state
            if (row[1].equals("市市场监管局")) {
                plan = List.of(Plan.IN_PROGRESS, Plan.PENDING, Plan.IN_PROGRESS_STALE, Plan.CLOSED_ON_TIME, Plan.OVERDUE,
                        Plan.NOT_STARTED).get(Math.min(5, countBefore(i, "市市场监管局")));
            }
            Unit lead = units.findByName(row[1]).orElseThrow(() -> new IllegalStateException(row[1]));
            List<Long> coIds = new ArrayList<>();
            for (String co : row[2].isEmpty() ? new String[0] : row[2].split("、")) {
                units.findByName(co).or(() -> units.findByName(co.replace("市公安局交通警察支队", "市交警支队")))
                        .ifPresent(u -> coIds.add(u.getId()));
            }
            LocalDate start;
            LocalDate deadline;
            switch (plan) {
                case NOT_STARTED -> {
                    start = today.minusDays(3 + random.nextInt(4));
                    deadline = today.plusDays(60 + random.nextInt(120));
                }
                case OVERDUE, REASSIGNED, CLOSED_LATE -> {
                    start = today.minusDays(150 + random.nextInt(60));
                    deadline = today.minusDays(10 + random.nextInt(40));
                }
                case CLOSED_ON_TIME -> {
                    start = today.minusDays(200 + random.nextInt(60));
                    deadline = today.minusDays(random.nextInt(60)).plusDays(20);
                }
                default -> {
                    start = today.minusDays(60 + random.nextInt(90));
                    deadline = today.plusDays(10 + random.nextInt(200));
                }
            }
            BigDecimal target = row[3].isEmpty() ? null : new BigDecimal(row[3]);
            WorkGroup group = workGroups.findByName(row[5]).orElse(null);
            Indicator indicator = indicators.findByCodeOrName(row[6]).orElse(null);
            Task task = tasks.create(office, new TaskDetails(BOOK, String.valueOf(i + 1), row[0], row[0] + "。",
                    indicator == null ? null : indicator.getId(), group == null ? null : group.getId(), lead.getId(),
                    coIds, start, deadline, target, row[4].isEmpty() ? null : row[4],
                    i % 7 == 0 ? TaskPriority.HIGH : TaskPriority.NORMAL));
            backdate("update task_events set occurred_at = ? where task_id = ? and type = 'CREATE'", start, 9,
                    task.getId());
            play(task, plan, lead, office, liaisonOf(lead, liaison, liaison2), spare, start, deadline, today, random);
        }
        log.info("Demo task book loaded: {} tasks", tasks.count());
    }

    private void play(Task task, Plan plan, Unit lead, Actor office, Actor unitLiaison, Unit spare, LocalDate start,
            LocalDate deadline, LocalDate today, Random random) {
        if (plan == Plan.NOT_STARTED || plan == Plan.NOT_STARTED_STALE) {
            if (plan == Plan.NOT_STARTED_STALE) {
                jdbc.update("update tasks set start_date = ? where id = ?", today.minusDays(20), task.getId());
            }
            return;
        }
        LocalDate lastReport = switch (plan) {
            case IN_PROGRESS_STALE, OVERDUE, REASSIGNED -> today.minusDays(12 + random.nextInt(20));
            case CLOSED_ON_TIME -> deadline.minusDays(3 + random.nextInt(10));
            case CLOSED_LATE -> deadline.plusDays(3);
            default -> today.minusDays(random.nextInt(5));
        };
        if (lastReport.isAfter(today)) {
            lastReport = today.minusDays(1);
        }
        int reports = 2 + random.nextInt(3);
        BigDecimal target = task.getTargetQuantity();
        boolean done = plan == Plan.PENDING || plan == Plan.CLOSED_ON_TIME || plan == Plan.CLOSED_LATE
                || plan == Plan.RETURNED;
        long span = Math.max(1, lastReport.toEpochDay() - start.toEpochDay());
        long version = task.getVersion();
        for (int r = 1; r <= reports; r++) {
            LocalDate on = start.plusDays(span * r / reports);
            BigDecimal quantity = null;
            if (target != null) {
                double share = done && r == reports ? 1.0 : (0.15 + 0.6 * random.nextDouble()) * r / reports;
                quantity = target.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
            }
            List<MultipartFile> photos = r == reports && random.nextInt(3) > 0 ? List.of(photo(task.getSeq(), r))
                    : List.of();
            ProgressReport report = tasks.reportProgress(unitLiaison, task.getId(), version,
                    reportText(task, r, reports, quantity), quantity, photos);
            version = tasks.get(office, task.getId()).getVersion();
            backdate("update task_reports set reported_at = ?, reported_on = ? where id = ?", on, 10 + r, report.getId());
            backdate("update task_events set occurred_at = ? where report_id = ?", on, 10 + r, report.getId());
        }
        jdbc.update("update tasks set last_report_on = ? where id = ?", lastReport, task.getId());
        switch (plan) {
            case PENDING, CLOSED_ON_TIME, CLOSED_LATE, RETURNED -> {
                LocalDate asked = plan == Plan.PENDING ? today.minusDays(1) : lastReport.plusDays(1);
                tasks.requestAcceptance(unitLiaison, task.getId(), version, "已按要求完成，请验收。");
                version = tasks.get(office, task.getId()).getVersion();
                step("REQUEST_ACCEPTANCE", task, asked, 15);
                jdbc.update("update tasks set acceptance_requested_on = ? where id = ?", asked, task.getId());
                if (plan == Plan.RETURNED) {
                    tasks.returnToUnit(office, task.getId(), version, "现场核查发现部分点位仍未完成，请补充整改照片后重新申请。");
                    step("RETURN", task, asked.plusDays(1), 16);
                } else if (plan != Plan.PENDING) {
                    LocalDate closed = asked.plusDays(2);
                    tasks.close(office, task.getId(), version, "经现场核验，同意销号。");
                    step("CLOSE", task, closed, 16);
                    jdbc.update("update tasks set closed_on = ?, closed_at = ?, accepted_requested_on = ? where id = ?",
                            closed, at(closed, 16), asked, task.getId());
                }
            }
            case REASSIGNED -> {
                Unit to = lead.getId().equals(spare.getId()) ? units.findByName("市住建局").orElseThrow() : spare;
                tasks.reassign(office, task.getId(), version, to.getId(), today.plusDays(30),
                        "逾期未完成且长期未报送，按限期办结要求改派。");
            }
            default -> { }
        }
    }

    private void step(String type, Task task, LocalDate on, int hour) {
        jdbc.update("update task_events set occurred_at = ? where id = (select max(id) from task_events"
                + " where task_id = ? and type = ?)", at(on, hour), task.getId(), type);
    }

    private void backdate(String sql, LocalDate on, int hour, Long id) {
        if (sql.contains("reported_on")) {
            jdbc.update(sql, at(on, hour), on, id);
        } else {
            jdbc.update(sql, at(on, hour), id);
        }
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, 30)).atZone(ZoneId.of(timeZone)).toInstant());
    }

    private static String reportText(Task task, int r, int of, BigDecimal quantity) {
        String amount = quantity == null ? "" : "，累计完成" + quantity.toPlainString() + (task.getMeasure() == null ? ""
                : task.getMeasure());
        return switch (r == of ? 3 : Math.min(r, 2)) {
            case 1 -> "已制定工作方案，明确责任人和时间节点，组织现场摸排" + amount + "。";
            case 2 -> "按计划推进，已召开调度会，督促各点位落实整改" + amount + "。";
            default -> "本阶段工作已完成，现场照片见附件" + amount + "。";
        };
    }

    private Actor liaisonOf(Unit lead, Actor liaison, Actor liaison2) {
        if (lead.getId().equals(liaison.unitId())) {
            return liaison;
        }
        if (lead.getId().equals(liaison2.unitId())) {
            return liaison2;
        }
        return new Actor(liaison.accountId(), "liaison", lead.getLabel() + "联络员", Role.LIAISON, lead.getId());
    }

    private static int countBefore(int index, String unit) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            n += TASKS[i][1].equals(unit) ? 1 : 0;
        }
        return n;
    }

    private static MultipartFile photo(int seed, int r) {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed * 31L + r);
        g.setColor(new Color(120 + random.nextInt(100), 140 + random.nextInt(80), 150 + random.nextInt(80)));
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(90, 90, 90));
        for (int i = 0; i < 6; i++) {
            g.fillRect(40 + i * 70, 150 + random.nextInt(60), 50, 120);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new BytesFile("现场照片" + seed + "-" + r + ".jpg", out.toByteArray());
    }

    /** A photo made in memory, handed to the upload path like a browser's file. */
    private record BytesFile(String name, byte[] content) implements MultipartFile {
        @Override public String getName() { return "photos"; }
        @Override public String getOriginalFilename() { return name; }
        @Override public String getContentType() { return "image/jpeg"; }
        @Override public boolean isEmpty() { return content.length == 0; }
        @Override public long getSize() { return content.length; }
        @Override public byte[] getBytes() { return content.clone(); }
        @Override public InputStream getInputStream() { return new ByteArrayInputStream(content); }
        @Override public void transferTo(File dest) throws IOException { java.nio.file.Files.write(dest.toPath(), content); }
        @Override public boolean equals(Object o) { return o instanceof BytesFile b && Arrays.equals(b.content, content); }
        @Override public int hashCode() { return Arrays.hashCode(content); }
        @Override public String toString() { return name; }
    }
}

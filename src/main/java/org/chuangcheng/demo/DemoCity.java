package org.chuangcheng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointCategory;
import org.chuangcheng.checkpoint.CheckpointDetails;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 江城市 (a fictional prefecture-level city): 6 districts, 40 units, 10 work groups, 120 checkpoints,
 * paired leaders, and the five demo accounts of the README, all with password {@value #PASSWORD}.
 */
@Slf4j
@Component
@Order(DemoCity.ORDER)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoCity implements ApplicationRunner {

    /** Later demo loaders (inspections, tasks) run after this one. */
    public static final int ORDER = -100;
    public static final String PASSWORD = "Demo@2026";
    /** The demo liaison's unit: it answers for the city's farmers' markets. */
    public static final String LIAISON_UNIT = "江城市市场监督管理局";

    static final Actor SYSTEM = new Actor(0L, "system", "系统", Role.ADMIN, null);

    private static final String[] DISTRICTS = {"城关区", "东湖区", "西山区", "南湖区", "高新区", "经开区"};

    private final UnitManagement units;
    private final AccountManagement accounts;
    private final WorkGroupManagement workGroups;
    private final CheckpointManagement checkpoints;
    private final CheckpointCatalog catalog;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.active().isEmpty()) {
            return;
        }
        log.info("Empty database: loading the demo city (accounts admin/office/leader/inspector/liaison, password {})",
                PASSWORD);
        Random random = new Random(2026);

        Map<String, Unit> bureaus = new LinkedHashMap<>();
        String[][] bureauNames = {
            {"中共江城市委宣传部", "市委宣传部"}, {"江城市文明办", "市文明办"}, {"江城市工业和信息化局", "市工信局"},
            {"江城市住房和城乡建设局", "市住建局"}, {"江城市城市管理局", "市城管局"}, {LIAISON_UNIT, "市市场监管局"},
            {"江城市交通运输局", "市交通运输局"}, {"江城市公安局交通警察支队", "市交警支队"}, {"江城市教育局", "市教育局"},
            {"江城市卫生健康委员会", "市卫健委"}, {"江城市商务局", "市商务局"}, {"江城市文化广电和旅游局", "市文旅局"},
            {"江城市生态环境局", "市生态环境局"}, {"江城市民政局", "市民政局"}, {"江城市政务服务管理局", "市政务服务局"},
            {"中国人民银行江城市分行", "人行江城分行"}};
        for (String[] b : bureauNames) {
            bureaus.put(b[1], units.create(b[0], b[1], UnitType.BUREAU, null));
        }
        List<Unit> enterprises = new ArrayList<>();
        for (String[] e : new String[][] {{"中国移动江城分公司", "江城移动"}, {"中国联通江城分公司", "江城联通"},
                {"中国电信江城分公司", "江城电信"}, {"江城广电网络有限公司", "江城广电"}, {"国网江城供电公司", "江城供电"}}) {
            enterprises.add(units.create(e[0], e[1], UnitType.ENTERPRISE, null));
        }
        List<Unit> districts = new ArrayList<>();
        List<Unit> streets = new ArrayList<>();
        for (String d : DISTRICTS) {
            Unit district = units.create("江城市" + d + "人民政府", d, UnitType.DISTRICT, null);
            districts.add(district);
            streets.add(units.create(d + "中心街道办事处", d.substring(0, 2) + "中心街道", UnitType.STREET, district.getId()));
        }
        List<Unit> communities = new ArrayList<>();
        String[] communityNames = {"幸福里", "和平", "光明", "建设", "友谊", "文化路", "滨河", "春晖"};
        for (int i = 0; i < communityNames.length; i++) {
            Unit street = streets.get(i % streets.size());
            communities.add(units.create(street.getName().replace("街道办事处", "") + communityNames[i] + "社区",
                    communityNames[i] + "社区", UnitType.COMMUNITY, street.getId()));
        }
        // 16 bureaus + 5 companies + 6 districts + 6 streets + 8 communities = 41 units

        accounts.create("admin", PASSWORD, "系统管理员", Role.ADMIN, null, null);
        accounts.create("office", PASSWORD, "王创城", Role.OFFICE, bureaus.get("市文明办").getId(), "0710-3210001");
        Account leader = accounts.create("leader", PASSWORD, "李市长", Role.LEADER, null, "0710-3210002");
        accounts.create("inspector", PASSWORD, "赵督查", Role.INSPECTOR, bureaus.get("市文明办").getId(), "13800000003");
        accounts.create("liaison", PASSWORD, "陈联络", Role.LIAISON, bureaus.get("市市场监管局").getId(), "13800000004");
        accounts.create("liaison2", PASSWORD, "周联络", Role.LIAISON, bureaus.get("市城管局").getId(), "13800000005");
        accounts.create("inspector2", PASSWORD, "钱督导", Role.INSPECTOR, bureaus.get("市文明办").getId(), null);
        accounts.create("security", PASSWORD, "孙安全", Role.SECURITY, null, null);
        accounts.create("auditor", PASSWORD, "吴审计", Role.AUDITOR, null, null);
        List<Account> leaders = new ArrayList<>();
        leaders.add(leader);
        String[] leaderNames = {"张副市长", "刘副市长", "杨秘书长", "黄部长", "吴主任", "徐局长", "孙局长", "马局长",
            "朱局长", "胡局长", "郭局长", "何局长", "林局长", "罗局长", "高局长", "梁局长", "宋局长", "郑局长", "谢局长"};
        for (int i = 0; i < leaderNames.length; i++) {
            leaders.add(accounts.create(String.format("leader%02d", i + 1), PASSWORD, leaderNames[i], Role.LEADER,
                    null, null));
        }

        String[][] groups = {
            {"政务环境组", "市政务服务局"}, {"法治环境组", "市交警支队"}, {"市场环境组", "市市场监管局"},
            {"人文环境组", "市文旅局"}, {"生活环境组", "市住建局"}, {"社会环境组", "市民政局"},
            {"生态环境组", "市生态环境局"}, {"未成年人思想道德建设组", "市教育局"}, {"志愿服务组", "市文明办"},
            {"宣传氛围组", "市委宣传部"}};
        for (int i = 0; i < groups.length; i++) {
            workGroups.create(groups[i][0], leaders.get(i).getId(), bureaus.get(groups[i][1]).getId(),
                    "负责" + groups[i][0].replace("组", "") + "相关测评指标的整改落实");
        }

        Map<String, String> ownerByCategory = Map.ofEntries(
                Map.entry("farmers_market", "市市场监管局"), Map.entry("shopping_mall", "市商务局"),
                Map.entry("school_surroundings", "市教育局"), Map.entry("hospital", "市卫健委"),
                Map.entry("gov_service_center", "市政务服务局"), Map.entry("bank_branch", "人行江城分行"),
                Map.entry("transport_hub", "市交通运输局"), Map.entry("bus_stop", "市交通运输局"),
                Map.entry("traffic_intersection", "市交警支队"), Map.entry("cultural_venue", "市文旅局"),
                Map.entry("scenic_area", "市文旅局"), Map.entry("construction_site", "市住建局"),
                Map.entry("public_toilet", "市城管局"), Map.entry("main_road", "市城管局"),
                Map.entry("commercial_street", "市商务局"), Map.entry("hotel_restaurant", "市商务局"),
                Map.entry("park_square", "市城管局"));
        String[] roads = {"解放路", "人民路", "建设大道", "中山路", "长江路", "文化路", "新华街", "青年路", "滨江大道", "胜利街"};
        List<CheckpointCategory> categories = catalog.categories();
        int leaderIndex = 0;
        for (int i = 0; i < 120; i++) {
            CheckpointCategory category = categories.get(i % categories.size());
            int n = i / categories.size() + 1;
            Unit district = districts.get(i % districts.size());
            String road = roads[random.nextInt(roads.length)];
            Unit owner;
            if (category.getCode().equals("telecom_hall")) {
                owner = enterprises.get(i % 4);
            } else if (ownerByCategory.containsKey(category.getCode())) {
                owner = bureaus.get(ownerByCategory.get(category.getCode()));
            } else if (category.getCode().contains("residential") || category.getCode().equals("community")
                    || category.getCode().equals("civilization_practice_station")) {
                owner = communities.get(i % communities.size());
            } else if (category.getCode().equals("back_alley")) {
                owner = streets.get(i % streets.size());
            } else {
                owner = district;
            }
            String name = district.getShortName() + road.substring(0, 2) + category.getNameZh() + (n > 1 ? n : "");
            BigDecimal lat = BigDecimal.valueOf(30.55 + random.nextDouble() * 0.2).setScale(6, RoundingMode.HALF_UP);
            BigDecimal lng = BigDecimal.valueOf(114.25 + random.nextDouble() * 0.3).setScale(6, RoundingMode.HALF_UP);
            Long pairedLeader = i % 6 == 0 && leaderIndex < leaders.size() ? leaders.get(leaderIndex++).getId() : null;
            checkpoints.create(SYSTEM, new CheckpointDetails(name, category.getId(), district.getId(),
                    district.getShortName() + road + (10 + random.nextInt(300)) + "号", lat, lng, owner.getId(),
                    pairedLeader, i % 5 == 4));
        }
        log.info("Demo city loaded: {} units, {} checkpoints", units.active().size(), checkpoints.countActive());
    }
}

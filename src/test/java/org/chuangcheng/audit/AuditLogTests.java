package org.chuangcheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointDetails;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Grid;
import org.chuangcheng.checkpoint.GridDetails;
import org.chuangcheng.checkpoint.GridManagement;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.ranking.RankingManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 安全审计: security-relevant events land in the append-only audit log with who, when, where and outcome. */
class AuditLogTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    RankingManagement rankings;
    @Autowired
    AuditExport export;
    @Autowired
    WorkGroupManagement workGroups;
    @Autowired
    GridManagement grids;

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    List<Map<String, Object>> entries(String target) {
        return jdbc.queryForList("""
                select username, client_address, action, target, detail, outcome from audit_log
                where target = ? or username = ? order by id
                """, target, target);
    }

    @Test
    void signInsSucceededFailedAndLockedAreRecordedWithTheClientAddress() throws Exception {
        String username = unique("audited");
        accounts.create(username, "Audit@2026x", "审计测试", Role.INSPECTOR, null, null);
        mvc.perform(post("/login").param("username", username).param("password", "Audit@2026x").with(csrf())
                .with(from("198.51.100.7")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "Wrong@" + i).with(csrf())
                    .with(from("198.51.100.8")));
        }

        List<Map<String, Object>> log = jdbc.queryForList("""
                select client_address, action, outcome, detail from audit_log where username = ? order by id
                """, username);
        assertThat(log).extracting(r -> r.get("action") + " " + r.get("outcome") + " " + r.get("client_address"))
                .contains("AUTHENTICATION_SUCCESS SUCCESS 198.51.100.7", "AUTHENTICATION_FAILURE FAILURE 198.51.100.8",
                        "SIGN_IN_LOCKED SUCCESS 198.51.100.8");
        assertThat(log).filteredOn(r -> r.get("action").equals("AUTHENTICATION_FAILURE")).hasSize(5)
                .allSatisfy(r -> assertThat(r.get("detail")).isEqualTo("BadCredentialsException"));
    }

    @Test
    void aFailedSignInWithANulInTheUsernameIsRecordedWithoutIt() throws Exception {
        String username = unique("nul");
        mvc.perform(post("/login").param("username", username + "\0x").param("password", "Wrong@1").with(csrf()));

        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ?", Long.class, username + "x"))
                .isEqualTo(1);
    }

    @Test
    void accountChangesRecordWhoDidWhatToWhomBeforeAndAfter() throws Exception {
        String username = unique("changed");
        Account account = accounts.create(username, "Start@2026x", "原名", Role.INSPECTOR, null, null);
        mvc.perform(post("/admin/accounts/" + account.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(account.getVersion())).param("displayName", "新名")
                        .param("role", "LEADER").param("_enabled", "on"))
                .andExpect(status().is3xxRedirection());

        assertThat(entries(username)).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("detail"))
                .contains("admin ACCOUNT_CHANGED name 原名 → 新名", "admin ROLE_CHANGED INSPECTOR → LEADER",
                        "admin ACCOUNT_DISABLED null");
        assertThat(entries(username)).extracting(r -> r.get("action")).contains("ACCOUNT_CREATED");
    }

    @Test
    void exportsAreRecordedWithWhatWasAskedFor() throws Exception {
        mvc.perform(get("/problems/export.xlsx?scope=overdue").with(as("leader")))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForList("select username, target from audit_log where action = 'EXPORT' order by id desc limit 1"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("username")).isEqualTo("leader");
                    assertThat(r.get("target")).isEqualTo("/problems/export.xlsx?scope=overdue");
                });
    }

    @Test
    void refusedRequestsOfSignedInUsersAreRecordedButNotAnonymousVisitors() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHORIZATION_FAILURE'", Long.class);
        mvc.perform(get("/admin/calendar").with(as("liaison2"))).andExpect(status().isForbidden());
        mvc.perform(get("/problems")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("""
                select username, target from audit_log where action = 'AUTHORIZATION_FAILURE' order by id desc limit 1
                """)).singleElement().satisfies(r -> {
                    assertThat(r.get("username")).isEqualTo("liaison2");
                    assertThat(r.get("target")).isEqualTo("GET /admin/calendar");
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHORIZATION_FAILURE'", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void nobodyCanChangeOrDeleteTheLogNotEvenWithSql() {
        jdbc.update("insert into audit_log (username, action, outcome) values ('x', 'TEST', 'SUCCESS')");

        assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'y' where action = 'TEST'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where action = 'TEST'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'TEST'", Long.class)).isEqualTo(1);
    }

    @Test
    void theAuditAdministratorSearchesThePagesOfTheLog() throws Exception {
        String username = unique("searched");
        accounts.create(username, "Search@2026x", "检索测试", Role.INSPECTOR, null, null);

        mvc.perform(get("/audit").param("q", username).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("新建账号")))
                .andExpect(content().string(Matchers.containsString(username)));
        mvc.perform(get("/audit").param("username", "nobody-at-all").param("success", "false")
                        .param("from", "2026-01-01").param("to", "2026-12-31").param("page", "2147483647")
                        .with(as("auditor")))
                .andExpect(status().isOk());
        for (String other : new String[] {"admin", "security", "office"}) {
            mvc.perform(get("/audit").with(as(other))).andExpect(status().isForbidden());
        }
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    @Test
    void unitEditsRecordWhoChangedWhatBeforeAndAfter() throws Exception {
        String name = unique("审计单位");
        Unit unit = units.create(name, null, UnitType.BUREAU, null, "张三", "0710-1234567", true);

        mvc.perform(post("/units/" + unit.getId() + "/edit").with(as("office")).with(csrf())
                        .param("version", String.valueOf(unit.getVersion())).param("name", name)
                        .param("shortName", "审计简称").param("type", "ENTERPRISE").param("contactPerson", "李四")
                        .param("contactPhone", "0710-1234567").param("active", "false"))
                .andExpect(status().is3xxRedirection());

        assertThat(entries("unit #" + unit.getId() + " " + name))
                .extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("detail"))
                .containsExactly(
                        "system UNIT_CREATED name " + name + "; type BUREAU; contactPerson 张三; contactPhone 0710-1234567; active true",
                        "office UNIT_CHANGED shortName — → 审计简称; type BUREAU → ENTERPRISE; contactPerson 张三 → 李四; active true → false");
    }

    @Test
    void aSaveThatChangesNothingRecordsNothingAndARefusedOneLeavesNoRecord() throws Exception {
        String name = unique("未改单位");
        Unit unit = units.create(name, null, UnitType.BUREAU, null);
        units.update(unit.getId(), unit.getVersion(), name, null, UnitType.BUREAU, null, null, null, true);
        String taken = jdbc.queryForObject("select name from units where type = 'DISTRICT' limit 1", String.class);

        mvc.perform(post("/units/" + unit.getId() + "/edit").with(as("office")).with(csrf())
                        .param("version", String.valueOf(units.get(unit.getId()).getVersion())).param("name", taken)
                        .param("type", "BUREAU").param("active", "true"))
                .andExpect(status().isOk());

        assertThat(entries("unit #" + unit.getId() + " " + name)).extracting(r -> r.get("action"))
                .containsExactly("UNIT_CREATED");
    }

    @Test
    void checkpointEditsRecordBeforeAndAfterByTheActingUser() {
        Long category = jdbc.queryForObject("select id from checkpoint_categories order by id limit 1", Long.class);
        Long district = jdbc.queryForObject("select id from units where type = 'DISTRICT' order by id limit 1", Long.class);
        Long unit = jdbc.queryForObject("select id from units where type = 'BUREAU' order by id limit 1", Long.class);
        String name = unique("审计点位");
        Actor office = actor("office");
        Checkpoint checkpoint = checkpoints.create(office,
                new CheckpointDetails(name, category, district, "中山路 1 号", null, null, unit, null, false));
        checkpoints.update(office, checkpoint.getId(), checkpoint.getVersion(), new CheckpointDetails(name, category,
                district, "中山路 2 号", new BigDecimal("30.5"), new BigDecimal("114.30"), unit, null, true));
        checkpoints.deactivate(actor("admin"), checkpoint.getId());

        List<Map<String, Object>> log = entries("checkpoint #" + checkpoint.getId() + " " + name);
        assertThat(log).extracting(r -> r.get("username") + " " + r.get("action")).containsExactly(
                "office CHECKPOINT_CREATED", "office CHECKPOINT_CHANGED", "admin CHECKPOINT_CHANGED");
        assertThat(log.get(0).get("detail").toString()).startsWith("name " + name + "; category ")
                .contains("address 中山路 1 号", "secondary false", "active true");
        assertThat(log.get(1).get("detail")).isEqualTo(
                "address 中山路 1 号 → 中山路 2 号; latitude — → 30.5; longitude — → 114.3; secondary false → true");
        assertThat(log.get(2).get("detail")).isEqualTo("active true → false");
    }

    @Test
    void standardsIndicatorsAndCategoriesChangedInTheDatabaseAreRecordedByTheDatabase() {
        String code = "AU" + System.nanoTime() % 100_000_000;
        jdbc.update("insert into standards (code, text_zh, text_en, severity) values (?, '旧文本', 'old', 'MINOR')", code);
        jdbc.update("update standards set text_zh = '新文本', severity = 'SERIOUS' where code = ?", code);
        jdbc.update("update standards set sort_order = sort_order where code = ?", code);
        jdbc.update("delete from standards where code = ?", code);
        jdbc.update("insert into indicators (code, level, name_zh, name_en) values (?, 1, '测评', 'Indicator')", code);
        jdbc.update("update indicators set name_en = 'Indicator (audited)' where code = ?", code);

        assertThat(entries("standard " + code))
                .extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("outcome"))
                .containsExactly("db:postgres STANDARD_CREATED SUCCESS", "db:postgres STANDARD_CHANGED SUCCESS",
                        "db:postgres STANDARD_DELETED SUCCESS");
        assertThat(entries("standard " + code).get(1).get("detail"))
                .isEqualTo("severity MINOR → SERIOUS; text_zh 旧文本 → 新文本");
        assertThat(entries("indicator " + code)).extracting(r -> r.get("action") + " " + r.get("detail"))
                .containsExactly("INDICATOR_CREATED code " + code + "; id " + jdbc.queryForObject(
                                "select id from indicators where code = ?", Long.class, code)
                                + "; level 1; name_en Indicator; name_zh 测评; sort_order 0",
                        "INDICATOR_CHANGED name_en Indicator → Indicator (audited)");

        // the shared test database keeps its eleven 测评项目 for the other tests
        jdbc.update("delete from indicators where code = ?", code);
        assertThat(entries("indicator " + code)).extracting(r -> r.get("action")).endsWith("INDICATOR_DELETED");
    }

    @Test
    void closingAndReopeningAMonthlyRankingAreRecordedWithTheReason() {
        YearMonth month = YearMonth.of(2012, 7);
        Actor office = actor("office");
        rankings.close(office, month, 0, null);
        rankings.reopen(office, month, 1, "数据补录");
        rankings.close(office, month, 1, "补录后重新关账");

        assertThat(entries("ranking 2012-07")).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("detail"))
                .containsExactly("office RANKING_CLOSED state open → closed, edition 1",
                        "office RANKING_REOPENED state closed → reopened, edition 1; reason 数据补录",
                        "office RANKING_CLOSED state open → closed, edition 2; reason 补录后重新关账");
    }

    @Test
    void theAuditorExportsTheSearchAsAWorkbookAndTheExportIsItselfAudited() throws Exception {
        String username = unique("exported");
        accounts.create(username, "Export@2026x", "=HYPERLINK(\"http://evil\")", Role.INSPECTOR, null, null);
        Account account = accounts.findByUsername(username).orElseThrow();
        accounts.update(account.getId(), account.getVersion(), "=1+1", Role.INSPECTOR, null, null, true);

        byte[] body = mvc.perform(get("/audit/export.xlsx?q=" + username + "&from=2020-01-01").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = rows(body);
        assertThat(rows.get(0)).containsExactly("时间", "用户", "地址", "事件", "对象", "详情", "结果");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(3) + " " + r.get(4) + " " + r.get(6))
                .containsExactly("修改账号信息 " + username + " 成功", "新建账号 " + username + " 成功");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING)));
        }
        assertThat(jdbc.queryForList("select username, target from audit_log where action = 'EXPORT' order by id desc limit 1"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("username")).isEqualTo("auditor");
                    assertThat(r.get("target")).isEqualTo("/audit/export.xlsx?q=" + username + "&from=2020-01-01");
                });
        for (String other : new String[] {"admin", "security", "office"}) {
            mvc.perform(get("/audit/export.xlsx").with(as(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anExportOverTheRowLimitSaysHowManyMoreMatched() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(new AuditQuery(null, null, null, null, null, null), Locale.ENGLISH, out, 2);

        List<List<String>> rows = rows(out.toByteArray());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).get(0)).startsWith("Only the newest 2 of ");
    }

    static List<List<String>> rows(byte[] workbookBytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void workGroupEditsRecordBeforeAndAfterAndASaveWithoutChangeRecordsNothing() throws Exception {
        String name = unique("审计工作组");
        Long leader = jdbc.queryForObject("select id from accounts where username = 'leader'", Long.class);
        Map<String, Object> lead = jdbc.queryForMap("select id, name from units where type = 'BUREAU' order by id limit 1");
        Map<String, Object> other = jdbc.queryForMap(
                "select id, name from units where type = 'BUREAU' order by id offset 1 limit 1");
        WorkGroup group = workGroups.create(name, null, (Long) lead.get("id"), "负责市容");

        mvc.perform(post("/work-groups/" + group.getId() + "/edit").with(as("office")).with(csrf())
                        .param("version", String.valueOf(group.getVersion())).param("name", name)
                        .param("headLeaderId", leader.toString()).param("leadUnitId", other.get("id").toString())
                        .param("duties", "负责市容和交通"))
                .andExpect(status().is3xxRedirection());
        WorkGroup saved = workGroups.get(group.getId());
        workGroups.update(saved.getId(), saved.getVersion(), name, leader, (Long) other.get("id"), "负责市容和交通");

        assertThat(entries("work group #" + group.getId() + " " + name))
                .extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("detail"))
                .containsExactly(
                        "system WORK_GROUP_CREATED name " + name + "; leadUnit " + lead.get("name") + "; duties 负责市容",
                        "office WORK_GROUP_CHANGED headLeader — → leader; leadUnit " + lead.get("name") + " → "
                                + other.get("name") + "; duties 负责市容 → 负责市容和交通");
    }

    @Test
    void gridEditsAndTheCheckpointsPlacedInAGridAreRecorded() throws Exception {
        Map<String, Object> district = jdbc.queryForMap("select id, name from units where type = 'DISTRICT' order by id limit 1");
        Map<String, Object> unit = jdbc.queryForMap("select id, name from units where type = 'BUREAU' order by id limit 1");
        Long category = jdbc.queryForObject("select id from checkpoint_categories order by id limit 1", Long.class);
        // checkpoints of the test's own, so that none is moved out of the demo city's grids
        List<Map<String, Object>> inDistrict = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Checkpoint c = checkpoints.create(actor("office"), new CheckpointDetails(unique("网格点位"), category,
                    (Long) district.get("id"), "中山路 " + i + " 号", null, null, (Long) unit.get("id"), null, false));
            inDistrict.add(Map.of("id", c.getId(), "name", c.getName()));
        }
        String name = unique("审计网格");
        Actor office = actor("office");
        Grid grid = grids.create(office, new GridDetails((Long) district.get("id"), name, (Long) unit.get("id"), "张网格", null));
        grids.update(actor("admin"), grid.getId(), grid.getVersion(),
                new GridDetails((Long) district.get("id"), name, (Long) unit.get("id"), "李网格", "0710-7654321"));
        Long first = (Long) inDistrict.get(0).get("id");
        Long second = (Long) inDistrict.get(1).get("id");
        Long third = (Long) inDistrict.get(2).get("id");
        grids.place(office, grid.getId(), grids.get(grid.getId()).getVersion(), List.of(first, second));

        mvc.perform(post("/grids/" + grid.getId() + "/checkpoints").with(as("office")).with(csrf())
                        .param("version", String.valueOf(grids.get(grid.getId()).getVersion()))
                        .param("checkpointIds", second.toString(), third.toString()))
                .andExpect(status().is3xxRedirection());
        grids.place(office, grid.getId(), grids.get(grid.getId()).getVersion(), List.of(second, third));

        List<Map<String, Object>> log = entries("grid #" + grid.getId() + " " + name);
        assertThat(log).extracting(r -> r.get("username") + " " + r.get("action")).containsExactly(
                "office GRID_CREATED", "admin GRID_CHANGED", "office GRID_CHECKPOINTS_CHANGED",
                "office GRID_CHECKPOINTS_CHANGED");
        assertThat(log.get(0).get("detail")).isEqualTo("name " + name + "; district " + district.get("name")
                + "; responsibleUnit " + unit.get("name") + "; responsiblePerson 张网格");
        assertThat(log.get(1).get("detail")).isEqualTo("responsiblePerson 张网格 → 李网格; phone — → 0710-7654321");
        assertThat(log.get(2).get("detail").toString()).startsWith("added ")
                .contains(label(inDistrict.get(0)), label(inDistrict.get(1))).doesNotContain("removed");
        assertThat(log.get(3).get("detail")).isEqualTo("added " + label(inDistrict.get(2)) + "; removed "
                + label(inDistrict.get(0)));
    }

    private static String label(Map<String, Object> checkpoint) {
        return "#" + checkpoint.get("id") + " " + checkpoint.get("name");
    }
}

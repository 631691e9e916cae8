package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.demo.DemoTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class TaskWebTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    Long demoTask(String where) {
        return jdbc.queryForObject("select t.id from tasks t join units u on u.id = t.lead_unit_id where t.book = ? and "
                + where + " order by t.seq limit 1", Long.class, DemoTasks.BOOK);
    }

    Long ownTask() {
        return demoTask("u.short_name = '市市场监管局'");
    }

    Long helpedTask() {
        return demoTask("u.short_name <> '市市场监管局' and t.status <> 'CLOSED' and exists (select 1 from task_co_units c"
                + " join units cu on cu.id = c.unit_id where c.task_id = t.id and cu.short_name = '市市场监管局')");
    }

    Long foreignTask() {
        return demoTask("u.short_name = '江城移动' and not exists (select 1 from task_co_units c join units cu"
                + " on cu.id = c.unit_id where c.task_id = t.id and cu.short_name = '市市场监管局')");
    }

    long version(Long id) {
        return jdbc.queryForObject("select version from tasks where id = ?", Long.class, id);
    }

    @ParameterizedTest
    @CsvSource({"/tasks", "/tasks/board", "/tasks/mine", "/tasks/completion", "/tasks/import",
        "/tasks/import/template.xlsx", "/tasks/export.xlsx", "/tasks/1", "/tasks/1/report", "/tasks/1/photos/1"})
    void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @CsvSource({
        "/tasks, office, 200", "/tasks, admin, 200", "/tasks, leader, 200", "/tasks, inspector, 200", "/tasks, liaison, 200",
        "/tasks/board, office, 200", "/tasks/board, leader, 200", "/tasks/board, inspector, 200", "/tasks/board, liaison, 200",
        "/tasks/mine, liaison, 200", "/tasks/mine, office, 403", "/tasks/mine, leader, 403",
        "/tasks/completion, office, 200", "/tasks/completion, leader, 200", "/tasks/completion, inspector, 200",
        "/tasks/completion, liaison, 403",
        "/tasks/import, office, 200", "/tasks/import, admin, 200", "/tasks/import, leader, 403",
        "/tasks/import, inspector, 403", "/tasks/import, liaison, 403",
        "/tasks/import/template.xlsx, office, 200", "/tasks/import/template.xlsx, liaison, 403",
        "/tasks/export.xlsx, office, 200", "/tasks/export.xlsx, leader, 200", "/tasks/export.xlsx, liaison, 200"})
    void eachRoleReachesOnlyItsPages(String path, String username, int expected) throws Exception {
        mvc.perform(get(path).with(as(username))).andExpect(status().is(expected));
    }

    @Test
    void aLiaisonOpensHerUnitsTasksAndGets404ForAnyOtherUnitsTask() throws Exception {
        mvc.perform(get("/tasks/" + ownTask()).with(as("liaison"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/" + helpedTask()).with(as("liaison"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/" + foreignTask()).with(as("liaison"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + foreignTask() + "/report").with(as("liaison"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + foreignTask() + "/report").with(as("liaison")).with(csrf())
                .param("version", "0").param("text", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + foreignTask()).with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/999999").with(as("office"))).andExpect(status().isNotFound());
    }

    @Test
    void theLiaisonsListShowsOnlyHerUnitsTasks() throws Exception {
        String html = mvc.perform(get("/tasks?size=100").with(as("liaison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String mobileTask = jdbc.queryForObject("select title from tasks where id = ?", String.class, foreignTask());
        String ownTitle = jdbc.queryForObject("select title from tasks where id = ?", String.class, ownTask());

        assertThat(html).contains(ownTitle).doesNotContain(mobileTask);
        assertThat(mvc.perform(get("/tasks/mine").with(as("liaison"))).andReturn().getResponse().getContentAsString())
                .contains("报送进展");
    }

    @Test
    void leadersAndInspectorsCannotReportOrDecideAndACoUnitCannotAskForAcceptance() throws Exception {
        Long helped = helpedTask();
        mvc.perform(get("/tasks/" + helped + "/report").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + helped + "/report").with(as("inspector")).with(csrf())
                .param("version", "0").param("text", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + helped + "/close").with(as("liaison")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + helped + "/reassign").with(as("leader")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + helped + "/request-acceptance").with(as("office")).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + helped + "/request-acceptance").with(as("liaison")).with(csrf())
                .param("version", String.valueOf(version(helped)))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/import").with(as("liaison")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aCoUnitLiaisonPostsProgressWithAPhotoAndSeesItOnlyThroughTheTask() throws Exception {
        Long helped = helpedTask();
        MockMultipartFile photo = new MockMultipartFile("photos", "现场.png", "image/png", png());

        mvc.perform(multipart("/tasks/" + helped + "/report").file(photo).with(as("liaison")).with(csrf())
                        .param("version", String.valueOf(version(helped))).param("text", "配合完成周边秩序整治"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks/mine"));

        Long attachment = jdbc.queryForObject("select a.attachment_id from task_report_attachments a join task_reports r"
                + " on r.id = a.report_id where r.task_id = ? order by a.attachment_id desc limit 1", Long.class, helped);
        mvc.perform(get("/tasks/" + helped + "/photos/" + attachment).param("thumb", "true").with(as("liaison")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"));
        mvc.perform(get("/tasks/" + foreignTask() + "/photos/" + attachment).with(as("office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + helped).with(as("office"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("配合完成周边秩序整治")));
    }

    @Test
    void anEmptyReportIsShownAgainWithTheReasonAndAStaleVersionIsAFriendlyConflict() throws Exception {
        Long own = ownTask();
        mvc.perform(multipart("/tasks/" + own + "/report").with(as("liaison")).with(csrf())
                        .param("version", String.valueOf(version(own))).param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(multipart("/tasks/" + own + "/report").with(as("liaison")).with(csrf())
                        .param("version", "-1").param("text", "过期的表单"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("office")
    void returningATaskNeedsAReason() throws Exception {
        Long pending = jdbc.queryForObject("select id from tasks where status = 'PENDING_ACCEPTANCE' order by id limit 1",
                Long.class);

        mvc.perform(post("/tasks/" + pending + "/return").with(csrf()).param("version", String.valueOf(version(pending)))
                        .param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写原因")));
        assertThat(jdbc.queryForObject("select status from tasks where id = ?", String.class, pending))
                .isEqualTo("PENDING_ACCEPTANCE");
    }

    @Test
    @WithUserDetails("office")
    void theOfficeUploadsPreviewsAndConfirmsATaskBook() throws Exception {
        String book = "网页导入-" + UUID.randomUUID();
        MockMultipartFile file = new MockMultipartFile("file", "任务书.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TaskBookFiles.good());

        MvcResult preview = mvc.perform(multipart("/tasks/import").file(file).with(csrf())
                        .param("book", book).param("year", "2026"))
                .andExpect(status().isOk()).andReturn();
        String html = preview.getResponse().getContentAsString();
        assertThat(html).contains("完成3600个通信箱体美化", "confirm-import");
        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book)).isZero();
        String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        // sessions are Spring Session's (in the database), found by their cookie
        jakarta.servlet.http.Cookie session = preview.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        mvc.perform(post("/tasks/import/confirm").cookie(session).with(csrf()).param("token", token))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book)).isEqualTo(7);
        mvc.perform(post("/tasks/import/confirm").cookie(session).with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/tasks/import"));
    }

    @Test
    @WithUserDetails("office")
    void aBadUploadShowsEveryProblemAndOffersNoConfirmation() throws Exception {
        byte[] bad = TaskBookFiles.workbook(
                new Object[] {1, "未知单位", "市不存在局", null, "2026年6月30日", null, null, null, null},
                new Object[] {2, "坏日期", "市城管局", null, "下个月", null, null, null, null});

        String html = mvc.perform(multipart("/tasks/import").file(new MockMultipartFile("file", "bad.xlsx", null, bad))
                        .with(csrf()).param("book", "坏文件").param("year", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("第 3 行", "「牵头单位」", "未知单位“市不存在局”", "第 4 行", "「完成时限」", "“下个月”不是有效日期")
                .doesNotContain("confirm-import");
        mvc.perform(multipart("/tasks/import").with(csrf()).param("book", "").param("year", "2026"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
    }

    @Test
    @WithUserDetails("office")
    void theTemplateAndTheExportAreWorkbooksWithTheExpectedColumns() throws Exception {
        byte[] template = mvc.perform(get("/tasks/import/template.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            var header = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < TaskBookFiles.HEADER.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(TaskBookFiles.HEADER[i]);
            }
        }
        byte[] export = mvc.perform(get("/tasks/export.xlsx").param("overdue", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        long overdue = jdbc.queryForObject("select count(*) from tasks where status <> 'CLOSED' and deadline < current_date",
                Long.class);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getLastRowNum()).isGreaterThan(0).isBetween((int) overdue - 2, (int) overdue + 2);
        }
    }

    @Test
    void thePagesReadInEnglishToo() throws Exception {
        String board = mvc.perform(get("/tasks/board").param("lang", "en").with(as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("Task board", "By work group and status", "Overdue", "No report");
        String detail = mvc.perform(get("/tasks/" + ownTask()).param("lang", "en").with(as("liaison")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Timeline", "Lead unit", "Progress reports").doesNotContain("??");
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

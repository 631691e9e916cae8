package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A task book as the office gets them: written by LibreOffice Calc (src/test/resources/task/libreoffice-task-book.xlsx,
 * converted from the .csv beside it with {@code soffice --headless --convert-to xlsx}), with a 小计 and a 合计 row
 * (the latter a formula), indicators by their short names, "全年" deadlines, and a unit and a work group the
 * city has not entered. Everything is settled on the preview page, without editing the file.
 */
class RealTaskBookImportTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    static byte[] libreOfficeBook() throws IOException {
        try (InputStream in = RealTaskBookImportTests.class.getResourceAsStream("/task/libreoffice-task-book.xlsx")) {
            return in.readAllBytes();
        }
    }

    String upload(MockHttpSession session, String book) throws Exception {
        return mvc.perform(multipart("/tasks/import")
                        .file(new MockMultipartFile("file", "现实任务书.xlsx", null, libreOfficeBook()))
                        .session(session).with(csrf()).param("book", book).param("year", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String previewAgain(MockHttpSession session, String token) throws Exception {
        return mvc.perform(get("/tasks/import/preview").session(session).param("token", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    Long unitId(String shortName) {
        return jdbc.queryForObject("select id from units where short_name = ?", Long.class, shortName);
    }

    @Test
    @WithUserDetails("office")
    void totalRowsAreSkippedShortNamesAndWholeYearUnderstoodAndUnknownNamesSettledOnThePreview() throws Exception {
        String book = "现实任务书-" + UUID.randomUUID();
        MockHttpSession session = new MockHttpSession();

        String html = upload(session, book);

        assertThat(html).contains("2 行为合计/小计行，已跳过", "合计行（跳过）")
                .contains("未知单位“江城市市容环境卫生服务中心”", "未知单位“江城市文明实践指导中心”", "未知工作组“文明实践组”")
                .doesNotContain("未知测评指标", "不是有效日期", "confirm-import");
        assertThat(html).as("a total row is no error: only the unknown names are problems").contains("共 3 个问题");
        String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        // the street-cleaning centre is 市城管局's: remembered for the next file
        mvc.perform(post("/tasks/import/units").session(session).with(csrf()).param("token", token)
                        .param("name", "江城市市容环境卫生服务中心").param("action", "map")
                        .param("targetId", String.valueOf(unitId("市城管局"))))
                .andExpect(redirectedUrl("/tasks/import/preview?token=" + token));
        // mapping without choosing a unit is a message, not a 500
        mvc.perform(post("/tasks/import/units").session(session).with(csrf()).param("token", token)
                        .param("name", "江城市文明实践指导中心").param("action", "map").param("targetId", ""))
                .andExpect(redirectedUrl("/tasks/import/preview?token=" + token));
        // the practice centre is new: entered with its type and parent
        mvc.perform(post("/tasks/import/units").session(session).with(csrf()).param("token", token)
                        .param("name", "江城市文明实践指导中心").param("action", "create").param("type", "OTHER")
                        .param("parentId", String.valueOf(unitId("市文明办"))))
                .andExpect(redirectedUrl("/tasks/import/preview?token=" + token));
        mvc.perform(post("/tasks/import/groups").session(session).with(csrf()).param("token", token)
                        .param("name", "文明实践组").param("action", "create")
                        .param("parentId", String.valueOf(unitId("市文明办"))))
                .andExpect(redirectedUrl("/tasks/import/preview?token=" + token));

        html = previewAgain(session, token);
        assertThat(html).contains("confirm-import").doesNotContain("unknown-names", "未知单位");
        mvc.perform(post("/tasks/import/confirm").session(session).with(csrf()).param("token", token))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book))
                .as("four tasks; 小计 and 合计 are not tasks").isEqualTo(4);
        assertThat(jdbc.queryForObject("select deadline from tasks where book = ? and code = '1'", LocalDate.class, book))
                .as("全年 = the end of the chosen year").isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForObject("select deadline from tasks where book = ? and code = '4'", LocalDate.class, book))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForList("select i.code from tasks t join indicators i on i.id = t.indicator_id"
                + " where t.book = ? order by t.code", String.class, book)).containsExactly("P07", "P07", "P01", "P04");
        assertThat(jdbc.queryForObject("select u.short_name from tasks t join units u on u.id = t.lead_unit_id"
                + " where t.book = ? and t.code = '2'", String.class, book)).isEqualTo("市城管局");
        assertThat(jdbc.queryForObject("select u.type || ' ' || p.short_name from units u join units p on p.id = u.parent_id"
                + " where u.name = '江城市文明实践指导中心'", String.class)).isEqualTo("OTHER 市文明办");

        // the next file with the same names needs nothing settled
        String next = upload(new MockHttpSession(), book + "-下一年");
        assertThat(next).contains("confirm-import").doesNotContain("unknown-names");
    }

    @Test
    @WithUserDetails("office")
    void aNameThatIsAlreadyAUnitsOwnIsNotAnAliasAndAnExpiredTokenGoesBackToTheUpload() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String html = upload(session, "别名-" + UUID.randomUUID());
        String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        mvc.perform(post("/tasks/import/units").session(session).with(csrf()).param("token", token)
                        .param("name", "市城管局").param("action", "map")
                        .param("targetId", String.valueOf(unitId("市住建局"))))
                .andExpect(redirectedUrl("/tasks/import/preview?token=" + token));
        assertThat(jdbc.queryForObject("select count(*) from unit_aliases where alias = '市城管局'", Long.class)).isZero();

        mvc.perform(post("/tasks/import/units").session(new MockHttpSession()).with(csrf()).param("token", token)
                        .param("name", "某单位").param("action", "map").param("targetId", "1"))
                .andExpect(redirectedUrl("/tasks/import"));
        mvc.perform(get("/tasks/import/preview").session(new MockHttpSession()).param("token", token))
                .andExpect(redirectedUrl("/tasks/import"));
    }

    @Test
    @WithUserDetails("liaison")
    void onlyTheOfficeSettlesNames() throws Exception {
        mvc.perform(post("/tasks/import/units").with(csrf()).param("token", "x").param("name", "某单位")
                .param("action", "create").param("type", "OTHER")).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/import/groups").with(csrf()).param("token", "x").param("name", "某组")
                .param("action", "create")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from units where name = '某单位'", Long.class)).isZero();
    }
}

package org.chuangcheng.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingManagement;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A bulletin made from a closed month: Chinese text really in the PDF, the ranking in the workbook, stored bytes
 * that later data never change, and who may publish and download.
 */
class BulletinTests extends AbstractIntegrationTests {

    static final YearMonth MONTH = YearMonth.of(2013, 9);

    @Autowired
    BulletinManagement bulletins;

    @Autowired
    RankingManagement rankings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    RateFixture fixture;
    Actor office;
    Actor leader;
    String unitName;
    long unit;
    long checkpoint;

    @BeforeEach
    void setUp() {
        office = actor("office", Role.OFFICE);
        leader = actor("leader", Role.LEADER);
        fixture = new RateFixture(jdbc);
        unit = fixture.unit("通报单位");
        unitName = fixture.unitName(unit);
        checkpoint = fixture.checkpoint(fixture.category("cat"), fixture.district("通报区"), unit);
        LocalDate assigned = LocalDate.of(2013, 9, 2);
        fixture.problems(6, checkpoint, null, unit, "CLOSED", assigned, assigned.plusDays(5), assigned.plusDays(4));
        fixture.problems(2, checkpoint, null, unit, "ASSIGNED", assigned, assigned.plusDays(5), null);
    }

    @AfterEach
    void tearDown() {
        jdbc.update("delete from bulletins where month like '2013-%'");
        jdbc.update("delete from ranking_entries where edition_id in (select id from ranking_editions where month like '2013-%')");
        jdbc.update("delete from ranking_editions where month like '2013-%'");
        fixture.delete();
    }

    Actor actor(String username, Role role) {
        Long id = jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
        return new Actor(id, username, username, role, null);
    }

    @Test
    void aBulletinNeedsAClosedMonthAndIsPublishedOncePerEdition() {
        assertThatThrownBy(() -> bulletins.publish(office, MONTH))
                .isInstanceOf(BusinessRuleException.class).hasMessage("bulletin.notClosed");
        rankings.close(office, MONTH, 0, null);
        assertThat(bulletins.publishable(office)).contains(MONTH);

        bulletins.publish(office, MONTH);

        assertThat(bulletins.publishable(office)).doesNotContain(MONTH);
        assertThatThrownBy(() -> bulletins.publish(office, MONTH))
                .isInstanceOf(BusinessRuleException.class).hasMessage("bulletin.exists");
        assertThatThrownBy(() -> bulletins.publish(leader, MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.list(actor("liaison", Role.LIAISON))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePdfCarriesTheChineseTextAndTheWorkbookTheRankingAndNeitherEverChanges() throws Exception {
        rankings.close(office, MONTH, 0, null);
        long id = bulletins.publish(office, MONTH);

        byte[] pdf = bulletins.file(leader, id, true);
        // kept for a person to look at (target/ is not committed)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "bulletin-sample.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s", ""))
                .contains("2013年9月创建全国文明城市工作通报")
                .contains("一、总体情况")
                .contains("整改率75.00%")
                .contains("二、月度排名")
                .contains("三、存在逾期问题的单位")
                .contains(unitName.replaceAll("\\s", ""));

        byte[] xlsx = bulletins.file(leader, id, false);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet ranking = book.getSheet("月度排名");
            boolean found = false;
            for (var row : ranking) {
                if (unitName.equals(row.getCell(2).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("6/8");
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("总体情况").getRow(5).getCell(1).getNumericCellValue()).isEqualTo(75.0);
        }

        // later data does not touch the published bytes
        fixture.problems(5, checkpoint, null, unit, "ASSIGNED", LocalDate.of(2013, 9, 3), LocalDate.of(2013, 9, 8), null);
        assertThat(bulletins.file(leader, id, true)).isEqualTo(pdf);
        assertThat(bulletins.file(leader, id, false)).isEqualTo(xlsx);
    }

    /**
     * A month closed before visit compliance and citizen-report handling were ranked (V100) froze 0/0 for them:
     * the page, the workbook and the PDF say they were not counted, not that the sample was too small.
     */
    @Test
    void aMonthClosedBeforeVisitsAndReportsWereRankedShowsThemAsNotCountedNotTooFew() throws Exception {
        rankings.close(office, MONTH, 0, null);
        jdbc.update("update ranking_editions set uncounted = 'VISITS,REPORTS' where month = ?", MONTH.toString());

        var entry = rankings.ranking(leader, MONTH, null).entries().stream().filter(e -> e.unitId() == unit)
                .findFirst().orElseThrow();
        assertThat(entry.isUncounted(RankingComponent.VISITS)).isTrue();
        assertThat(entry.isInsufficient(RankingComponent.VISITS)).isFalse();
        assertThat(entry.isInsufficient(RankingComponent.REPORTS)).isFalse();
        assertThat(entry.isUncounted(RankingComponent.RECTIFICATION)).isFalse();
        mvc.perform(get("/rankings").param("month", MONTH.toString())
                        .with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("title=\"该月关闭时未计此项\"")));

        long id = bulletins.publish(office, MONTH);
        PdfReader reader = new PdfReader(bulletins.file(leader, id, true));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s", "")).contains("该月关闭时未计此项");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bulletins.file(leader, id, false)))) {
            for (var row : book.getSheet("月度排名")) {
                if (unitName.equals(row.getCell(2).getStringCellValue())) {
                    int visits = 4 + 2 * RankingComponent.VISITS.ordinal();
                    assertThat(row.getCell(visits).getStringCellValue()).isEqualTo("—");
                    assertThat(row.getCell(visits + 1).getStringCellValue()).isEqualTo("该月关闭时未计此项");
                }
            }
        }
    }

    @Test
    void theArchiveIsReadByLeadersAndTheOfficeAndNotByLiaisons() throws Exception {
        rankings.close(office, MONTH, 0, null);
        long id = bulletins.publish(office, MONTH);
        var liaison = users.loadUserByUsername("liaison");
        var leaderUser = users.loadUserByUsername("leader");
        var officeUser = users.loadUserByUsername("office");

        mvc.perform(get("/bulletins").with(user(leaderUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("bulletin-pdf-" + id)));
        mvc.perform(get("/bulletins/" + id + ".pdf").with(user(leaderUser))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/bulletins/" + id + ".xlsx").with(user(leaderUser))).andExpect(status().isOk());
        mvc.perform(get("/bulletins/999999999.pdf").with(user(leaderUser))).andExpect(status().isNotFound());
        mvc.perform(get("/bulletins").with(user(liaison))).andExpect(status().isForbidden());
        mvc.perform(get("/bulletins/" + id + ".pdf").with(user(liaison))).andExpect(status().isForbidden());
        mvc.perform(post("/bulletins").with(csrf()).with(user(leaderUser)).param("month", MONTH.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bulletins").with(csrf()).with(user(officeUser)).param("month", "garbage"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/bulletins").with(user(officeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bulletin-publish\"")));
    }
}

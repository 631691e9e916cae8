package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page details of issue #10 as each role sees them (home, checkpoint picking, rates, English pages). */
class FieldPagesTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theLiaisonsHomeShowsHerTaskCountsAndTheInspectorsHisDrafts() throws Exception {
        assertThat(page("/", "liaison")).contains("home-task-counts", "未完成", "逾期", "未报送");
        long drafts = jdbc.queryForObject("select count(*) from inspections i join accounts a on a.id = i.created_by"
                + " where a.username = 'inspector' and i.status = 'DRAFT'", Long.class);
        String home = page("/", "inspector");
        assertThat(home).contains("home-drafts", "我的草稿（" + Math.min(drafts, 20) + "）");
        assertThat(page("/", "liaison")).doesNotContain("home-drafts");
    }

    @Test
    void checkpointsAreSearchedByNameOrAddressAndInspectedFromTheirPage() throws Exception {
        var checkpoint = jdbc.queryForMap("select id, name from checkpoints where active order by id limit 1");
        String found = page("/inspections/new?q=" + checkpoint.get("name"), "inspector");
        assertThat(found).contains("choose-" + checkpoint.get("id"), "id=\"nearby\"");
        assertThat(page("/inspections/new?q=不存在的点位名称", "inspector")).contains("no-checkpoints")
                .doesNotContain("choose-" + checkpoint.get("id"));
        assertThat(page("/checkpoints/" + checkpoint.get("id"), "inspector")).contains("inspect-here");
        Long own = jdbc.queryForObject("select c.id from checkpoints c join accounts a on a.unit_id = c.responsible_unit_id"
                + " where a.username = 'liaison' order by c.id limit 1", Long.class);
        assertThat(page("/checkpoints/" + own, "liaison")).doesNotContain("inspect-here");
    }

    @Test
    void theRatesPageDefaultsToThisYearSoFarRanksUnitsByRateAndShowsJsonOnlyToTheOffice() throws Exception {
        String html = page("/rates", "office");
        LocalDate today = jdbc.queryForObject("select (now() at time zone 'Asia/Shanghai')::date", LocalDate.class);
        assertThat(html).contains("value=\"thisYear\" selected", today.withDayOfYear(1).toString(), today.toString(),
                "id=\"rates-json\"");
        Matcher m = Pattern.compile("data-chart-value=\"([0-9.]+)\"").matcher(html);
        List<BigDecimal> rates = new ArrayList<>();
        while (m.find()) {
            rates.add(new BigDecimal(m.group(1)));
        }
        assertThat(rates).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page("/rates", "liaison")).doesNotContain("id=\"rates-json\"");
        assertThat(page("/rates", "leader")).doesNotContain("id=\"rates-json\"");
    }

    @Test
    void englishPagesGetTheWiderNavigationBreakpointAndNoFullWidthPunctuationInLabels() throws Exception {
        String mine = page("/tasks/mine?lang=en", "liaison");
        assertThat(mine).contains("navbar-expand-xxl", "Deadline: ").doesNotContain("Deadline：", "Last report：");
        assertThat(page("/?lang=zh_CN", "liaison")).contains("navbar-expand-lg");
    }
}

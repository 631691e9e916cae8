package org.chuangcheng.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;

/** In English a standard's Chinese text stands beside its English one, to match the paper checklist. */
class ChineseBesideEnglishStandardsTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    String page(String url, String lang) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).param("lang", lang).with(user(users.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theCategoryChecklistAndAProblemShowTheChineseTextBesideTheEnglish() throws Exception {
        Map<String, Object> standard = jdbc.queryForMap("select id, category_id, text_zh, text_en from standards"
                + " where category_id is not null and text_en is not null and text_en <> text_zh order by id limit 1");

        String english = page("/categories/" + standard.get("category_id"), "en");
        assertThat(english).contains((String) standard.get("text_en"), (String) standard.get("text_zh"));
        assertThat(english).contains("class=\"standard-zh text-muted small\" lang=\"zh-CN\"");
        String chinese = page("/categories/" + standard.get("category_id"), "zh_CN");
        assertThat(chinese).contains((String) standard.get("text_zh")).doesNotContain((String) standard.get("text_en"))
                .doesNotContain("standard-zh");

        Long problem = jdbc.queryForObject("select id from problems where standard_id in (select id from standards"
                + " where text_en is not null and text_en <> text_zh) order by id limit 1",
                Long.class);
        Map<String, Object> its = jdbc.queryForMap("select s.text_zh, s.text_en from problems p join standards s"
                + " on s.id = p.standard_id where p.id = ?", problem);
        String detail = page("/problems/" + problem, "en");
        String row = detail.substring(detail.indexOf("id=\"problem-standard\""));
        assertThat(row.substring(0, row.indexOf("</dd>"))).contains((String) its.get("text_en"), (String) its.get("text_zh"));
    }
}

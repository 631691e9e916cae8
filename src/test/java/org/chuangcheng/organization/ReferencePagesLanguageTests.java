package org.chuangcheng.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every organisation, checkpoint and indicator page resolves all its texts in Chinese and in English. */
class ReferencePagesLanguageTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    DemoRecords demo;

    @BeforeEach
    void loadIds() {
        demo = DemoRecords.load(jdbc);
    }

    @ParameterizedTest(name = "{0} as {1} in {2}")
    @CsvSource({
        "/units, office, en, Responsible units", "/units, office, zh_CN, 责任单位",
        "/units/{ownUnit}, liaison, en, Contact person", "/units/{ownUnit}, liaison, zh_CN, 更新本单位联系方式",
        "/units/new, office, en, Parent unit", "/units/{otherUnit}/edit, admin, zh_CN, 上级单位",
        "/work-groups, leader, en, Head leader", "/work-groups/new, office, zh_CN, 牵头单位",
        "/checkpoints, inspector, en, Include inactive", "/checkpoints, liaison, zh_CN, 含已停用",
        "/checkpoints/{own}, office, en, Checklist", "/checkpoints/{own}, liaison, zh_CN, 达标清单",
        "/checkpoints/new, office, en, Paired leader", "/checkpoints/{other}/edit, admin, zh_CN, 包联领导",
        "/checkpoints/of-unit/{ownUnit}, office, en, All", "/categories, leader, en, Own standards",
        "/categories/{category}, inspector, en, Severity", "/categories/{category}, inspector, zh_CN, 严重程度",
        "/indicators, liaison, en, Evaluation system", "/indicators, liaison, zh_CN, 测评体系"})
    void everyTextIsTranslated(String path, String username, String lang, String expected) throws Exception {
        mvc.perform(get(demo.expand(path)).param("lang", lang).with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected)))
                .andExpect(content().string(not(containsString("??"))));
    }
}

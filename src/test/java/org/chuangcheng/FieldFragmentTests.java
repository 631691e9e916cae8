package org.chuangcheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.organization.UnitManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The field fragments (templates/fragments/fields.html) as a form renders them after a refused submission:
 * each broken field is marked and points at its message, what was typed or chosen is kept, passwords are not.
 */
class FieldFragmentTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    UnitManagement units;

    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("an input with id " + id).isTrue();
        return m.group();
    }

    static String element(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("an element with id " + id).isTrue();
        return m.group();
    }

    @Test
    void aRefusedFormMarksEachBrokenFieldAndKeepsWhatWasChosen() throws Exception {
        Long lead = units.findByName("市城管局").orElseThrow().getId();
        Long co = units.findByName("市市场监管局").orElseThrow().getId();
        String html = mvc.perform(post("/tasks/new").with(user(users.loadUserByUsername("office"))).with(csrf())
                        .param("book", "表单片段").param("code", "1").param("title", "路灯")
                        .param("leadUnitId", "" + lead).param("coUnitIds", "" + co)
                        .param("startDate", "2027-03-01").param("deadline", "明天").param("priority", "HIGH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String deadline = tag(html, "deadline");
        assertThat(deadline).contains("is-invalid").contains("aria-describedby=\"deadline-error\"")
                .contains("type=\"date\"");
        assertThat(element(html, "deadline-error")).contains("invalid-feedback").contains("请输入 1900 至 2100 年之间的日期");
        assertThat(html).contains("<label class=\"form-label\" for=\"deadline\">");

        String title = tag(html, "title");
        assertThat(title).contains("value=\"路灯\"").doesNotContain("is-invalid").doesNotContain("aria-describedby");

        // a multi-select keeps its choice, sends an empty list when nothing is chosen, and points at its help
        String coUnits = tag(html, "coUnitIds");
        assertThat(coUnits).contains("multiple").contains("size=\"5\"").contains("aria-describedby=\"coUnitIds-help\"");
        assertThat(html).contains("name=\"_coUnitIds\"").containsPattern("value=\"" + co + "\"\\s+selected");
        assertThat(element(html, "coUnitIds-help")).contains("form-text");

        // a drop-down of an enum: its value is the constant's name, its text the message in the user's language
        assertThat(html).containsPattern("<option value=\"HIGH\"\\s+selected=\"selected\">[^<]+</option>");
        assertThat(element(html, "leadUnitId")).contains("<option value=\"\">")
                .containsPattern("value=\"" + lead + "\"\\s+selected");
    }
}

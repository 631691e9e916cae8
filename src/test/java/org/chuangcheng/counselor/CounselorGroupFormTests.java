package org.chuangcheng.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The group form's unit picker, which must serve a city of hundreds of units: units are found by part of their
 * name (at most twenty at a time, the chosen ones left out), the chosen ones are ticked boxes, and the group keeps
 * exactly the ticked ones.
 */
class CounselorGroupFormTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CounselorGroupManagement groups;

    RequestPostProcessor office() {
        return user(users.loadUserByUsername("office"));
    }

    String found(String query, Long... chosen) throws Exception {
        var request = get("/counselor-groups/units").param("unitQuery", query).with(office());
        for (Long id : chosen) {
            request.param("unitIds", "" + id);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void unitsAreFoundByPartOfTheirNameWithoutTheChosenOnesAndAtMostTwentyAtATime() throws Exception {
        Long bureau = jdbc.queryForObject("select min(id) from units where active and type <> 'DISTRICT'", Long.class);
        String name = jdbc.queryForObject("select name from units where id = ?", String.class, bureau);
        String part = name.substring(1, Math.min(name.length(), 4));

        assertThat(found(part)).contains("value=\"" + bureau + "\"", name, "data-unit-pick");
        assertThat(found(part, bureau)).doesNotContain("value=\"" + bureau + "\"");
        assertThat(found("没有这样的单位名称")).contains("没有名称中含有这些字的在用单位").doesNotContain("data-unit-pick");
        assertThat(found("   ")).doesNotContain("data-unit-pick", "没有名称中含有");

        long matching = jdbc.queryForObject("select count(*) from units where active and name like '%社区%'", Long.class);
        String many = found("社区");
        assertThat(many.split("data-unit-pick", -1).length - 1).isEqualTo((int) Math.min(matching, 20));
        assertThat(many.contains("只显示前 20 个")).isEqualTo(matching > 20);
    }

    @Test
    void theGroupKeepsExactlyTheTickedUnits() throws Exception {
        Long counselor = accounts.create("counselor-" + System.nanoTime(), "Demo@2026xyz", "表单辅导员", Role.COUNSELOR,
                null, null).getId();
        List<Long> units = jdbc.queryForList("select id from units where active and type <> 'DISTRICT' order by id limit 2",
                Long.class);
        String name = "表单测试组-" + System.nanoTime();
        mvc.perform(post("/counselor-groups/new").with(csrf()).with(office()).param("name", name)
                .param("memberIds", "" + counselor).param("unitIds", "" + units.get(0)).param("unitIds", "" + units.get(1))
                .param("unitQuery", "随便")).andExpect(status().is3xxRedirection());
        CounselorGroup group = groups.list(accounts.findByUsername("office").orElseThrow().toActor()).stream()
                .filter(g -> g.getName().equals(name)).findFirst().orElseThrow();
        assertThat(group.getUnits()).extracting(u -> u.getId()).containsExactlyInAnyOrderElementsOf(units);

        String edit = mvc.perform(get("/counselor-groups/" + group.getId() + "/edit").with(office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("id=\"unit-search\"").doesNotContain("multiple");
        for (Long unit : units) {
            assertThat(edit).containsPattern("name=\"unitIds\" value=\"" + unit + "\" checked");
        }

        mvc.perform(post("/counselor-groups/" + group.getId() + "/edit").with(csrf()).with(office()).param("name", name)
                .param("version", "" + group.getVersion()).param("memberIds", "" + counselor)
                .param("unitIds", "" + units.get(1))).andExpect(status().is3xxRedirection());
        assertThat(groups.get(accounts.findByUsername("office").orElseThrow().toActor(), group.getId()).getUnits())
                .extracting(u -> u.getId()).containsExactly(units.get(1));
    }
}

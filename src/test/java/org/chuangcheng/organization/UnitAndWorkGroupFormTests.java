package org.chuangcheng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Unit, contact and work-group forms: field errors in place, nothing saved, stale edits are conflicts. */
@WithUserDetails("office")
class UnitAndWorkGroupFormTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UnitManagement units;

    DemoRecords demo;

    @BeforeEach
    void loadIds() {
        demo = DemoRecords.load(jdbc);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private int unitCount() {
        return jdbc.queryForObject("select count(*) from units", Integer.class);
    }

    private MockHttpServletRequestBuilder newUnit(String name) {
        return post("/units/new").with(csrf()).param("name", name).param("type", "COMMUNITY")
                .param("parentId", String.valueOf(demo.districtId())).param("contactPhone", "0710-1234567")
                .param("active", "true").param("version", "0");
    }

    @Test
    void aCompleteUnitFormCreatesTheUnitUnderItsParent() throws Exception {
        String name = unique("测试社区");
        mvc.perform(newUnit(name)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "unit.saved"));
        assertThat(jdbc.queryForObject("select parent_id from units where name = ?", Long.class, name))
                .isEqualTo(demo.districtId());
    }

    @Test
    void aBlankUnitFormIsRefusedWithFieldErrors() throws Exception {
        int before = unitCount();
        mvc.perform(post("/units/new").with(csrf()).param("name", "").param("contactPhone", "abc")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/form"))
                .andExpect(model().attributeHasFieldErrors("unitForm", "name", "type", "contactPhone"))
                .andExpect(content().string(containsString("请输入有效的电话号码")));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aDuplicateUnitNameIsAFieldError() throws Exception {
        int before = unitCount();
        mvc.perform(newUnit("江城市市场监督管理局"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "name", "unit.name.taken"))
                .andExpect(content().string(containsString("已存在名为“江城市市场监督管理局”的单位")));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnChild() throws Exception {
        Unit parent = units.create(unique("上级"), null, UnitType.STREET, null);
        Unit child = units.create(unique("下级"), null, UnitType.COMMUNITY, parent.getId());
        mvc.perform(post("/units/{id}/edit", parent.getId()).with(csrf()).param("name", parent.getName())
                        .param("type", "STREET").param("parentId", String.valueOf(child.getId()))
                        .param("version", String.valueOf(parent.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "parentId", "unit.parent.cycle"));
    }

    @Test
    void editingAStaleUnitIsAConflict() throws Exception {
        Unit unit = units.create(unique("并发单位"), null, UnitType.OTHER, null);
        mvc.perform(post("/units/{id}/edit", unit.getId()).with(csrf()).param("name", unit.getName())
                        .param("type", "OTHER").param("active", "false").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(units.get(unit.getId()).isActive()).isFalse();
        mvc.perform(post("/units/{id}/edit", unit.getId()).with(csrf()).param("name", unit.getName() + "改")
                        .param("type", "OTHER").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(units.get(unit.getId()).getName()).isEqualTo(unit.getName());
    }

    @Test
    void theLiaisonUpdatesHerOwnUnitsContact() throws Exception {
        Unit own = units.get(demo.liaisonUnitId());
        mvc.perform(get("/units/{id}", own.getId()).with(user(userDetails.loadUserByUsername("liaison"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contact-form\"")))
                .andExpect(content().string(not(containsString("id=\"edit-unit\""))));
        mvc.perform(post("/units/{id}/contact", own.getId()).with(csrf())
                        .with(user(userDetails.loadUserByUsername("liaison")))
                        .param("contactPerson", "陈联络").param("contactPhone", "13800000004")
                        .param("version", String.valueOf(own.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + own.getId()))
                .andExpect(flash().attribute("success", "unit.contact.saved"));
        assertThat(units.get(own.getId()).getContactPerson()).isEqualTo("陈联络");
    }

    @Test
    void aBadContactPhoneIsShownOnTheUnitsPage() throws Exception {
        Unit own = units.get(demo.liaisonUnitId());
        mvc.perform(post("/units/{id}/contact", own.getId()).with(csrf())
                        .with(user(userDetails.loadUserByUsername("liaison")))
                        .param("contactPerson", "陈联络").param("contactPhone", "call me")
                        .param("version", String.valueOf(own.getVersion())))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/detail"))
                .andExpect(model().attributeHasFieldErrors("contactForm", "contactPhone"));
        assertThat(units.get(own.getId()).getContactPhone()).isNotEqualTo("call me");
    }

    @Test
    void aStaleContactFormIsAConflict() throws Exception {
        Unit own = units.get(demo.liaisonUnitId());
        mvc.perform(post("/units/{id}/contact", own.getId()).with(csrf())
                        .with(user(userDetails.loadUserByUsername("liaison")))
                        .param("contactPerson", "某人").param("version", String.valueOf(own.getVersion() - 1)))
                .andExpect(status().isConflict());
    }

    @Test
    void workGroupFormsAreValidated() throws Exception {
        long groups = jdbc.queryForObject("select count(*) from work_groups", Long.class);
        mvc.perform(post("/work-groups/new").with(csrf()).param("name", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("workGroupForm", "name", "leadUnitId"));
        mvc.perform(post("/work-groups/new").with(csrf()).param("name", "市场环境组")
                        .param("leadUnitId", String.valueOf(demo.liaisonUnitId())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("workGroupForm", "name", "workGroup.name.taken"));
        long office = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        mvc.perform(post("/work-groups/new").with(csrf()).param("name", unique("组"))
                        .param("headLeaderId", String.valueOf(office))
                        .param("leadUnitId", String.valueOf(demo.liaisonUnitId())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("workGroupForm", "headLeaderId",
                        "workGroup.headLeader.notLeader"));
        assertThat(jdbc.queryForObject("select count(*) from work_groups", Long.class)).isEqualTo(groups);
    }

    @Test
    void aWorkGroupIsCreatedAndAStaleEditIsAConflict() throws Exception {
        String name = unique("测试组");
        long leader = jdbc.queryForObject("select id from accounts where username = 'leader'", Long.class);
        mvc.perform(post("/work-groups/new").with(csrf()).param("name", name)
                        .param("headLeaderId", String.valueOf(leader))
                        .param("leadUnitId", String.valueOf(demo.liaisonUnitId())).param("duties", "职责")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/work-groups"));
        long id = jdbc.queryForObject("select id from work_groups where name = ?", Long.class, name);
        mvc.perform(get("/work-groups")).andExpect(content().string(containsString(name)));
        mvc.perform(post("/work-groups/{id}/edit", id).with(csrf()).param("name", name + "改")
                        .param("leadUnitId", String.valueOf(demo.liaisonUnitId())).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/work-groups/{id}/edit", id).with(csrf()).param("name", name + "再改")
                        .param("leadUnitId", String.valueOf(demo.liaisonUnitId())).param("version", "0"))
                .andExpect(status().isConflict());
    }
}

package org.chuangcheng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The office names a unit's head among the unit's leaders; a leader of another unit is refused, a stale form is a
 * conflict, a disabled head reaches nobody, and only the office and administrators may name one.
 */
class UnitHeadTests extends AbstractIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    UnitHeads heads;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    Unit unit;
    Account director;
    Account elsewhere;

    @BeforeEach
    void aUnitWithALeader() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        unit = units.create("负责人测试单位" + tag, "负责人" + tag, UnitType.BUREAU, null);
        Unit other = units.create("其他单位" + tag, null, UnitType.BUREAU, null);
        director = accounts.create("uh-d-" + tag, "Demo@2026x", "局长" + tag, Role.LEADER, unit.getId(), null);
        elsewhere = accounts.create("uh-e-" + tag, "Demo@2026x", "别的局长" + tag, Role.LEADER, other.getId(), null);
    }

    @Test
    void theOfficeNamesTheHeadAndThePageShowsIt() throws Exception {
        assertThat(heads.headOf(unit.getId())).isEmpty();
        mvc.perform(get("/units/" + unit.getId()).with(as("office")))
                .andExpect(content().string(containsString("id=\"head-form\"")))
                .andExpect(content().string(containsString(director.getDisplayName())));

        mvc.perform(post("/units/" + unit.getId() + "/head").with(as("office")).with(csrf())
                        .param("headAccountId", director.getId().toString()).param("version", version()))
                .andExpect(redirectedUrl("/units/" + unit.getId()));

        assertThat(heads.headOf(unit.getId())).contains(director.getId());
        mvc.perform(get("/units/" + unit.getId()).with(as("leader")))
                .andExpect(content().string(containsString(director.getDisplayName())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"head-form\""))));
    }

    @Test
    void aLeaderOfAnotherUnitIsRefusedAndAStaleFormIsAConflict() throws Exception {
        String version = version();
        mvc.perform(post("/units/" + unit.getId() + "/head").with(as("office")).with(csrf())
                        .param("headAccountId", elsewhere.getId().toString()).param("version", version))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("单位负责人须是本单位已启用的领导账号")));
        assertThat(heads.headOf(unit.getId())).isEmpty();

        heads.assign(accounts.findByUsername("office").orElseThrow().toActor(), unit.getId(), Long.parseLong(version),
                director.getId());
        mvc.perform(post("/units/" + unit.getId() + "/head").with(as("admin")).with(csrf())
                        .param("headAccountId", "").param("version", version))
                .andExpect(status().isConflict());
        assertThat(heads.headOf(unit.getId())).contains(director.getId());
    }

    @Test
    void aDisabledHeadReachesNobodyAndOnlyTheOfficeNamesOne() throws Exception {
        heads.assign(accounts.findByUsername("office").orElseThrow().toActor(), unit.getId(),
                Long.parseLong(version()), director.getId());
        Account current = accounts.get(director.getId());
        accounts.update(current.getId(), current.getVersion(), current.getDisplayName(), Role.LEADER, unit.getId(),
                null, false);
        assertThat(heads.headOf(unit.getId())).as("disabled since").isEmpty();

        for (String username : new String[] {"leader", "inspector", "liaison"}) {
            mvc.perform(post("/units/" + unit.getId() + "/head").with(as(username)).with(csrf())
                    .param("headAccountId", "").param("version", version())).andExpect(status().isForbidden());
        }
    }

    String version() {
        return String.valueOf(units.get(unit.getId()).getVersion());
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}

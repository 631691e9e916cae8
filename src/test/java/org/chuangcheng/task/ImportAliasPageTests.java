package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.TaughtAlias;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The office sees the names the import learned and deletes a wrong one; the import then forgets it. */
class ImportAliasPageTests extends AbstractIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    WorkGroupManagement groups;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    @Test
    void theOfficeSeesTheLearnedNamesAndDeletesOne() throws Exception {
        String unitAlias = "城管-" + UUID.randomUUID().toString().substring(0, 6);
        String groupAlias = "市场组-" + UUID.randomUUID().toString().substring(0, 6);
        units.rememberAlias(office(), unitAlias, units.findByName("市城管局").orElseThrow().getId());
        groups.rememberAlias(office(), groupAlias, groups.all().get(0).getId());
        Long unitAliasId = units.taughtAliases(office()).stream().filter(a -> a.alias().equals(unitAlias))
                .map(TaughtAlias::id).findFirst().orElseThrow();
        Long groupAliasId = groups.taughtAliases(office()).stream().filter(a -> a.alias().equals(groupAlias))
                .map(TaughtAlias::id).findFirst().orElseThrow();

        mvc.perform(get("/tasks/import/aliases").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(unitAlias)))
                .andExpect(content().string(containsString("→ 市城管局")))
                .andExpect(content().string(containsString(groupAlias)))
                .andExpect(content().string(containsString("data-confirm=\"删除“" + unitAlias)));

        mvc.perform(post("/tasks/import/aliases/units/" + unitAliasId + "/delete")
                        .with(user(users.loadUserByUsername("office"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/import/aliases/groups/" + groupAliasId + "/delete")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(units.aliases()).doesNotContainKey(unitAlias);
        assertThat(groups.aliases()).doesNotContainKey(groupAlias);
        mvc.perform(post("/tasks/import/aliases/units/" + unitAliasId + "/delete")
                        .with(user(users.loadUserByUsername("office"))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheOfficeAndAdministratorsTouchTheLearnedNames() throws Exception {
        String alias = "城管局-" + UUID.randomUUID().toString().substring(0, 6);
        units.rememberAlias(office(), alias, units.findByName("市城管局").orElseThrow().getId());
        Long id = units.taughtAliases(office()).stream().filter(a -> a.alias().equals(alias))
                .map(TaughtAlias::id).findFirst().orElseThrow();
        for (String username : new String[] {"liaison", "leader", "inspector"}) {
            mvc.perform(post("/tasks/import/aliases/units/" + id + "/delete")
                            .with(user(users.loadUserByUsername(username))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(units.aliases()).containsKey(alias);
    }
}

package org.chuangcheng.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 三员分立: the system, security and audit administrators each do only their own part. */
class SeparateDutiesTests extends AbstractIntegrationTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    Account newAccount(Role role) {
        return accounts.create(AccountControllerTests.uniqueName("duty"), "Start@2026", "测试人员", role, null, null);
    }

    ResultActions edit(String as, Account account, String displayName, Role role) throws Exception {
        return mvc.perform(post("/admin/accounts/" + account.getId()).with(as(as)).with(csrf())
                .param("version", String.valueOf(account.getVersion())).param("displayName", displayName)
                .param("role", role.name()).param("_enabled", "on").param("enabled", "true"));
    }

    @Test
    void theAdministratorCannotMakeAnyoneAnAuditorOnceThereIsASecurityAdministrator() throws Exception {
        Account account = newAccount(Role.INSPECTOR);

        edit("admin", account, "测试人员", Role.AUDITOR)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能由安全管理员授予或取消")));
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.INSPECTOR);

        edit("security", account, "测试人员", Role.AUDITOR).andExpect(status().is3xxRedirection());
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.AUDITOR);

        Account auditor = accounts.get(account.getId());
        edit("admin", auditor, "测试人员", Role.LEADER).andExpect(status().isOk());
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.AUDITOR);
    }

    @Test
    void theAdministratorCannotCreateASecurityAdministrator() throws Exception {
        String username = AccountControllerTests.uniqueName("sec");
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", username).param("displayName", "新安全员").param("role", "SECURITY")
                        .param("password", "Security#2026").param("passwordRepeat", "Security#2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能由安全管理员授予或取消")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void theSecurityAdministratorChangesRolesButNotPersonalDetails() throws Exception {
        Account account = newAccount(Role.INSPECTOR);

        edit("security", account, "改了名字", Role.LEADER).andExpect(status().isForbidden());
        assertThat(accounts.get(account.getId()).getDisplayName()).isEqualTo("测试人员");

        edit("security", account, "测试人员", Role.LEADER).andExpect(status().is3xxRedirection());
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.LEADER);
    }

    @Test
    void theSecurityAndAuditAdministratorsSeeNoCampaignRecords() throws Exception {
        for (String officer : new String[] {"security", "auditor"}) {
            for (String url : new String[] {"/problems", "/tasks", "/inspections", "/rates", "/api/rates", "/units"}) {
                mvc.perform(get(url).with(as(officer))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/").with(as(officer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("home-officer")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("nav-problems"))));
        }
    }

    Account officer(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void onlyTheSecurityAdministratorGrantsOrTakesAwayTheAdministratorRole() throws Exception {
        Account account = newAccount(Role.OFFICE);

        edit("admin", account, "测试人员", Role.ADMIN)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能由安全管理员授予或取消")));
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.OFFICE);
        String username = AccountControllerTests.uniqueName("adm");
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", username).param("displayName", "第二管理员").param("role", "ADMIN")
                        .param("password", "Admin#2026x").param("passwordRepeat", "Admin#2026x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能由安全管理员授予或取消")));
        assertThat(accounts.findByUsername(username)).isEmpty();

        edit("security", account, "测试人员", Role.ADMIN).andExpect(status().is3xxRedirection());
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.ADMIN);
        edit("admin", accounts.get(account.getId()), "测试人员", Role.OFFICE).andExpect(status().isOk());
        edit("security", accounts.get(account.getId()), "测试人员", Role.OFFICE).andExpect(status().is3xxRedirection());
        assertThat(accounts.get(account.getId()).getRole()).isEqualTo(Role.OFFICE);
    }

    @Test
    void theAdministratorNeitherResetsNorDisablesAnOfficersAccount() throws Exception {
        Account auditor = officer("auditor");
        for (String officer : new String[] {"security", "auditor"}) {
            mvc.perform(get("/admin/accounts/" + officer(officer).getId() + "/password").with(as("admin")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + officer(officer).getId() + "/password").with(as("admin")).with(csrf())
                            .param("newPassword", "Taken#Over2026").param("repeatPassword", "Taken#Over2026"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/accounts/" + auditor.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(auditor.getVersion())).param("displayName", auditor.getDisplayName())
                        .param("role", "AUDITOR").param("_enabled", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能由安全管理员启用或停用")));
        assertThat(officer("auditor").isEnabled()).isTrue();
        mvc.perform(get("/admin/accounts/" + auditor.getId() + "/edit").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"reset-password\""))));

        Account inspector = newAccount(Role.INSPECTOR);
        mvc.perform(get("/admin/accounts/" + inspector.getId() + "/password").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts/" + inspector.getId() + "/password").with(as("security")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/" + auditor.getId() + "/password").with(as("security"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts/" + auditor.getId() + "/edit").with(as("security")))
                .andExpect(content().string(Matchers.containsString("id=\"reset-password\"")));
    }

    @Test
    void theSecurityAdministratorAppointsOfficersAndCreatesNoOtherAccounts() throws Exception {
        mvc.perform(get("/admin/accounts/new").with(as("security")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"AUDITOR\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"LIAISON\""))));
        String auditor = AccountControllerTests.uniqueName("aud");
        mvc.perform(post("/admin/accounts").with(as("security")).with(csrf())
                        .param("username", auditor).param("displayName", "第二审计员").param("role", "AUDITOR")
                        .param("password", "Audit#2026xy").param("passwordRepeat", "Audit#2026xy"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(auditor)).hasValueSatisfying(a -> assertThat(a.getRole()).isEqualTo(Role.AUDITOR));

        String inspector = AccountControllerTests.uniqueName("ins");
        mvc.perform(post("/admin/accounts").with(as("security")).with(csrf())
                        .param("username", inspector).param("displayName", "督查员").param("role", "INSPECTOR")
                        .param("password", "Inspect#2026x").param("passwordRepeat", "Inspect#2026x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("安全管理员只新建系统管理员")));
        assertThat(accounts.findByUsername(inspector)).isEmpty();
    }
}

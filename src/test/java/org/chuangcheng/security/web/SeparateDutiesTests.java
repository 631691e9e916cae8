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
}

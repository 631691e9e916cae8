package org.chuangcheng.security.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.chuangcheng.shared.UnitDirectory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class AccountControllerTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UnitDirectory units;

    @Autowired
    PasswordEncoder passwordEncoder;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    Account newAccount() {
        return accounts.create(uniqueName("acct"), "Start@2026", "测试人员", Role.INSPECTOR, null, null);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        for (String url : new String[] {"/admin/accounts", "/admin/accounts/new", "/admin/accounts/1/edit",
                "/admin/accounts/1/password"}) {
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "leader", "inspector", "liaison"})
    void onlyAdministratorsManageAccounts(String username) throws Exception {
        Account target = newAccount();
        mvc.perform(get("/admin/accounts").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/{id}/edit", target.getId()).with(as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/unlock", target.getId()).with(as(username)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/password", target.getId()).with(as(username)).with(csrf())
                        .param("newPassword", "Taken@2026").param("repeatPassword", "Taken@2026"))
                .andExpect(status().isForbidden());
        assertThat(passwordEncoder.matches("Start@2026", accounts.get(target.getId()).getPasswordHash())).isTrue();
    }

    @Test
    void administratorsSeeTheListFilteredByRoleAndText() throws Exception {
        mvc.perform(get("/admin/accounts").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"account-admin\"")));
        mvc.perform(get("/admin/accounts").param("q", "OFFI").with(as("admin")))
                .andExpect(content().string(Matchers.containsString("id=\"account-office\"")));
        mvc.perform(get("/admin/accounts").param("role", "LIAISON").param("q", "liaison").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"account-liaison\"")))
                .andExpect(content().string(Matchers.containsString("市市场监督管理局")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"account-office\""))));
        mvc.perform(get("/admin/accounts").param("q", "陈联").with(as("admin")))
                .andExpect(content().string(Matchers.containsString("id=\"account-liaison\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"account-liaison2\""))));
        mvc.perform(get("/admin/accounts").param("q", "nobody-has-this-name").with(as("admin")))
                .andExpect(content().string(Matchers.containsString("empty-state")));
    }

    @Test
    void theListPagesAndSorts() throws Exception {
        mvc.perform(get("/admin/accounts").param("size", "5").param("sort", "displayName,desc").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("page", Matchers.hasProperty("size", Matchers.is(5))))
                .andExpect(content().string(Matchers.containsString("pagination")));
    }

    @Test
    void anAdministratorCreatesALiaisonOfAUnit() throws Exception {
        String username = uniqueName("new");
        Long unitId = units.activeUnits().get(0).id();
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", username).param("displayName", "新联络员").param("role", "LIAISON")
                        .param("unitId", unitId.toString()).param("phone", "13900000000")
                        .param("password", "Liaison#2026").param("passwordRepeat", "Liaison#2026"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "account.created"));
        Account created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.LIAISON);
        assertThat(created.getUnitId()).isEqualTo(unitId);
        assertThat(passwordEncoder.matches("Liaison#2026", created.getPasswordHash())).isTrue();
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingIsSaved() throws Exception {
        String username = uniqueName("bad");
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", username).param("displayName", "").param("role", "LIAISON")
                        .param("phone", "abc").param("password", "weakpass").param("passwordRepeat", "other"))
                .andExpect(status().isOk())
                .andExpect(view().name("security/form"))
                .andExpect(model().attributeHasFieldErrors("accountForm", "displayName", "unitId", "phone",
                        "password", "passwordRepeat"))
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.containsString("单位联络员必须选择所属单位")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aMissingPasswordOrRoleAndAnInvalidUsernameAreRefused() throws Exception {
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", "has space").param("displayName", "某人"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("accountForm", "username", "role", "password"));
        assertThat(accounts.findByUsername("has space")).isEmpty();
    }

    @Test
    void aTakenUsernameIsReportedOnTheField() throws Exception {
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", "OFFICE").param("displayName", "冒名").param("role", "OFFICE")
                        .param("password", "Other@2026").param("passwordRepeat", "Other@2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "username", "account.username.taken"));
    }

    @Test
    void aTypeMismatchIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", uniqueName("tm")).param("displayName", "某人").param("role", "NOBODY")
                        .param("unitId", "abc").param("password", "Other@2026").param("passwordRepeat", "Other@2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("accountForm", "role", "unitId"));
    }

    @Test
    void anAdministratorEditsAnAccountWithTheCurrentVersion() throws Exception {
        Account account = newAccount();
        mvc.perform(get("/admin/accounts/{id}/edit", account.getId()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\"")));
        mvc.perform(post("/admin/accounts/{id}", account.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(account.getVersion()))
                        .param("username", "ignored-rename").param("displayName", "改名后").param("role", "LEADER")
                        .param("phone", "0710-1234567").param("_enabled", "on"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId() + "/edit"));
        Account changed = accounts.get(account.getId());
        assertThat(changed.getDisplayName()).isEqualTo("改名后");
        assertThat(changed.getRole()).isEqualTo(Role.LEADER);
        assertThat(changed.getUsername()).isEqualTo(account.getUsername());
        assertThat(changed.isEnabled()).isFalse(); // the unchecked box was not sent
    }

    @Test
    void anEditOnAStaleFormIsAConflict() throws Exception {
        Account account = newAccount();
        accounts.update(account.getId(), account.getVersion(), "别人先改", Role.INSPECTOR, null, null, true);
        mvc.perform(post("/admin/accounts/{id}", account.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(account.getVersion()))
                        .param("displayName", "我后改").param("role", "INSPECTOR").param("enabled", "true"))
                .andExpect(status().isConflict());
        assertThat(accounts.get(account.getId()).getDisplayName()).isEqualTo("别人先改");
    }

    @Test
    void anAdministratorCannotDemoteOrDisableHerself() throws Exception {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/accounts/{id}", admin.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(admin.getVersion()))
                        .param("displayName", admin.getDisplayName()).param("role", "OFFICE").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "role", "account.self.demote"));
        mvc.perform(post("/admin/accounts/{id}", admin.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(admin.getVersion()))
                        .param("displayName", admin.getDisplayName()).param("role", "ADMIN").param("_enabled", "on"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "enabled", "account.self.disable"));
        assertThat(accounts.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/accounts/{id}/edit", 987654321L).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts/abc/edit").with(as("admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorResetsAPassword() throws Exception {
        Account account = newAccount();
        mvc.perform(get("/admin/accounts/{id}/password", account.getId()).with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(as("admin")).with(csrf())
                        .param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "StrongPassword"));
        mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(as("admin")).with(csrf())
                        .param("newPassword", "Reset@2026").param("repeatPassword", "Reset@2027"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "repeatPassword",
                        "password.repeat.mismatch"));
        assertThat(passwordEncoder.matches("Start@2026", accounts.get(account.getId()).getPasswordHash())).isTrue();

        mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(as("admin")).with(csrf())
                        .param("newPassword", "Reset@2026").param("repeatPassword", "Reset@2026"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "account.passwordReset"));
        assertThat(passwordEncoder.matches("Reset@2026", accounts.get(account.getId()).getPasswordHash())).isTrue();
    }
}

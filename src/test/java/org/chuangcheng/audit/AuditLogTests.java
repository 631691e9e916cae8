package org.chuangcheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 安全审计: security-relevant events land in the append-only audit log with who, when, where and outcome. */
class AuditLogTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    List<Map<String, Object>> entries(String target) {
        return jdbc.queryForList("""
                select username, client_address, action, target, detail, outcome from audit_log
                where target = ? or username = ? order by id
                """, target, target);
    }

    @Test
    void signInsSucceededFailedAndLockedAreRecordedWithTheClientAddress() throws Exception {
        String username = unique("audited");
        accounts.create(username, "Audit@2026x", "审计测试", Role.INSPECTOR, null, null);
        mvc.perform(post("/login").param("username", username).param("password", "Audit@2026x").with(csrf())
                .with(from("198.51.100.7")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "Wrong@" + i).with(csrf())
                    .with(from("198.51.100.8")));
        }

        List<Map<String, Object>> log = jdbc.queryForList("""
                select client_address, action, outcome, detail from audit_log where username = ? order by id
                """, username);
        assertThat(log).extracting(r -> r.get("action") + " " + r.get("outcome") + " " + r.get("client_address"))
                .contains("AUTHENTICATION_SUCCESS SUCCESS 198.51.100.7", "AUTHENTICATION_FAILURE FAILURE 198.51.100.8",
                        "SIGN_IN_LOCKED SUCCESS 198.51.100.8");
        assertThat(log).filteredOn(r -> r.get("action").equals("AUTHENTICATION_FAILURE")).hasSize(5)
                .allSatisfy(r -> assertThat(r.get("detail")).isEqualTo("BadCredentialsException"));
    }

    @Test
    void aFailedSignInWithANulInTheUsernameIsRecordedWithoutIt() throws Exception {
        String username = unique("nul");
        mvc.perform(post("/login").param("username", username + "\0x").param("password", "Wrong@1").with(csrf()));

        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ?", Long.class, username + "x"))
                .isEqualTo(1);
    }

    @Test
    void accountChangesRecordWhoDidWhatToWhomBeforeAndAfter() throws Exception {
        String username = unique("changed");
        Account account = accounts.create(username, "Start@2026x", "原名", Role.INSPECTOR, null, null);
        mvc.perform(post("/admin/accounts/" + account.getId()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(account.getVersion())).param("displayName", "新名")
                        .param("role", "LEADER").param("_enabled", "on"))
                .andExpect(status().is3xxRedirection());

        assertThat(entries(username)).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("detail"))
                .contains("admin ACCOUNT_CHANGED name 原名 → 新名", "admin ROLE_CHANGED INSPECTOR → LEADER",
                        "admin ACCOUNT_DISABLED null");
        assertThat(entries(username)).extracting(r -> r.get("action")).contains("ACCOUNT_CREATED");
    }

    @Test
    void exportsAreRecordedWithWhatWasAskedFor() throws Exception {
        mvc.perform(get("/problems/export.xlsx?scope=overdue").with(as("leader")))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForList("select username, target from audit_log where action = 'EXPORT' order by id desc limit 1"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("username")).isEqualTo("leader");
                    assertThat(r.get("target")).isEqualTo("/problems/export.xlsx?scope=overdue");
                });
    }

    @Test
    void refusedRequestsOfSignedInUsersAreRecordedButNotAnonymousVisitors() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHORIZATION_FAILURE'", Long.class);
        mvc.perform(get("/admin/calendar").with(as("liaison2"))).andExpect(status().isForbidden());
        mvc.perform(get("/problems")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("""
                select username, target from audit_log where action = 'AUTHORIZATION_FAILURE' order by id desc limit 1
                """)).singleElement().satisfies(r -> {
                    assertThat(r.get("username")).isEqualTo("liaison2");
                    assertThat(r.get("target")).isEqualTo("GET /admin/calendar");
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHORIZATION_FAILURE'", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void nobodyCanChangeOrDeleteTheLogNotEvenWithSql() {
        jdbc.update("insert into audit_log (username, action, outcome) values ('x', 'TEST', 'SUCCESS')");

        assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'y' where action = 'TEST'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where action = 'TEST'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'TEST'", Long.class)).isEqualTo(1);
    }

    @Test
    void theAuditAdministratorSearchesThePagesOfTheLog() throws Exception {
        String username = unique("searched");
        accounts.create(username, "Search@2026x", "检索测试", Role.INSPECTOR, null, null);

        mvc.perform(get("/audit").param("q", username).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("新建账号")))
                .andExpect(content().string(Matchers.containsString(username)));
        mvc.perform(get("/audit").param("username", "nobody-at-all").param("success", "false")
                        .param("from", "2026-01-01").param("to", "2026-12-31").param("page", "2147483647")
                        .with(as("auditor")))
                .andExpect(status().isOk());
        for (String other : new String[] {"admin", "security", "office"}) {
            mvc.perform(get("/audit").with(as(other))).andExpect(status().isForbidden());
        }
    }
}

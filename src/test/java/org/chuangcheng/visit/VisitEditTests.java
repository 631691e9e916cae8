package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Correcting a visit: its author or the office, within the visit's month, never into another month; a stale edit
 * is a conflict with a message; who corrected it last shows on the visit and the change is in the audit log.
 */
class VisitEditTests extends AbstractIntegrationTests {

    @Autowired
    VisitManagement visits;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    Visit logged() {
        Checkpoint own = checkpoints.pairedWith(actor("leader").accountId()).get(0);
        return visits.log(actor("leader"), new NewVisit(own.getId(), LocalDate.now(), "李市长", "环境卫生", null, 0,
                List.of()), List.of());
    }

    MockHttpServletRequestBuilder edit(Visit visit, long version, String day, String checked) {
        return post("/visits/" + visit.getId() + "/edit").with(csrf()).param("checkpointId", "" + visit.getCheckpoint().getId())
                .param("version", "" + version).param("visitedOn", day).param("participants", "李市长、王秘书")
                .param("checked", checked).param("solvedOnSpot", "清理杂物").param("solvedCount", "3");
    }

    @Test
    void theAuthorCorrectsHerVisitAndTheCorrectionIsShownAndAudited() throws Exception {
        Visit visit = logged();
        var leader = user(users.loadUserByUsername("leader"));
        mvc.perform(get("/visits/" + visit.getId() + "/edit").with(leader)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">环境卫生</textarea>")))
                .andExpect(content().string(Matchers.containsString("/visits/" + visit.getId() + "/edit")));
        mvc.perform(edit(visit, visit.getVersion(), LocalDate.now().toString(), "环境卫生、公益广告").with(leader))
                .andExpect(status().is3xxRedirection());
        Visit changed = visits.get(actor("office"), visit.getId());
        assertThat(changed.getChecked()).isEqualTo("环境卫生、公益广告");
        assertThat(changed.getSolvedCount()).isEqualTo(3);
        assertThat(changed.getEditedBy()).isEqualTo(actor("leader").accountId());
        mvc.perform(get("/visits/" + visit.getId()).with(leader)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"visit-edited\"")));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'VISIT_EDITED' and target = ?",
                Long.class, "visit #" + visit.getId())).isEqualTo(1);
    }

    @Test
    void aStaleEditIsAConflictWithAMessageAndChangesNothing() throws Exception {
        Visit visit = logged();
        var office = user(users.loadUserByUsername("office"));
        mvc.perform(edit(visit, visit.getVersion(), LocalDate.now().toString(), "第一次修改").with(office))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(visit, visit.getVersion(), LocalDate.now().toString(), "过时的修改").with(office))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("已被他人修改")));
        assertThat(visits.get(actor("office"), visit.getId()).getChecked()).isEqualTo("第一次修改");
    }

    @Test
    void nobodyElseMayCorrectItAndNotIntoAnotherMonth() throws Exception {
        Visit visit = logged();
        Long otherLeader = jdbc.queryForObject("select min(id) from accounts where role = 'LEADER' and username <> 'leader'",
                Long.class);
        String otherName = jdbc.queryForObject("select username from accounts where id = ?", String.class, otherLeader);
        mvc.perform(get("/visits/" + visit.getId() + "/edit").with(user(users.loadUserByUsername(otherName))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "visit.edit.notPermitted"));
        mvc.perform(edit(visit, visit.getVersion(), LocalDate.now().toString(), "别人改").with(user(users.loadUserByUsername(otherName))))
                .andExpect(status().isForbidden());
        mvc.perform(edit(visit, visit.getVersion(), LocalDate.now().toString(), "别人改").with(user(users.loadUserByUsername("inspector"))))
                .andExpect(status().isForbidden());
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        mvc.perform(edit(visit, visit.getVersion(), lastMonth.toString(), "改到上月").with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("visitForm", "visitedOn"));
        assertThat(visits.get(actor("office"), visit.getId()).getVisitedOn()).isEqualTo(visit.getVisitedOn());
    }

    @Test
    void aVisitOfAPastMonthIsSettled() {
        Checkpoint own = checkpoints.pairedWith(actor("leader").accountId()).get(0);
        jdbc.update("""
                insert into visits (checkpoint_id, leader_id, visited_on, participants, checked, recorded_by)
                values (?, ?, ?, '测试', '测试', ?)""", own.getId(), actor("leader").accountId(),
                LocalDate.now().minusMonths(1).withDayOfMonth(1), actor("leader").accountId());
        Long id = jdbc.queryForObject("select max(id) from visits", Long.class);
        Visit past = visits.get(actor("leader"), id);
        assertThat(past.mayEdit(actor("leader"), LocalDate.now())).isFalse();
        assertThatThrownBy(() -> visits.edit(actor("office"), id, past.getVersion(), new NewVisit(own.getId(),
                past.getVisitedOn(), "x", "x", null, 0, List.of()), List.of())).isInstanceOf(NotPermitted.class);
    }
}

package org.chuangcheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Meetings: attendance and absences per unit per year, decisions as tasks and problems tracked to closure. */
class MeetingTests extends AbstractIntegrationTests {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    TaskManagement tasks;
    @Autowired
    ProblemManagement problems;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    /** In 2018, a year nobody else uses: unit A absent twice of three, unit B absent once of two, C never. */
    @Test
    void absencesPerUnitPerYearMatchAHandCountAndALiaisonSeesHerOwnOnly() {
        Actor office = actor("office");
        Long a = actor("liaison").unitId();
        Long b = actor("liaison2").unitId();
        Long c = jdbc.queryForObject("select min(id) from units where id not in (?, ?)", Long.class, a, b);
        meetings.record(office, details(LocalDate.of(2018, 3, 5), Set.of(a, b, c), Set.of(c)));
        meetings.record(office, details(LocalDate.of(2018, 3, 12), Set.of(a, b), Set.of(a, b, c)));
        meetings.record(office, details(LocalDate.of(2018, 4, 2), Set.of(a), Set.of()));
        meetings.record(office, details(LocalDate.of(2019, 1, 7), Set.of(a), Set.of()));

        List<MeetingManagement.AbsenceRow> rows = meetings.absences(office, Year.of(2018));
        assertThat(rows).extracting(MeetingManagement.AbsenceRow::unitId).containsExactly(a, b, c);
        assertThat(rows.get(0).expected()).isEqualTo(3);
        assertThat(rows.get(0).absent()).isEqualTo(2);
        assertThat(rows.get(1).expected()).isEqualTo(2);
        assertThat(rows.get(1).absent()).isEqualTo(1);
        assertThat(rows.get(2).expected()).isEqualTo(2);
        assertThat(rows.get(2).absent()).isZero();

        assertThat(meetings.absences(actor("liaison2"), Year.of(2018)))
                .extracting(MeetingManagement.AbsenceRow::unitId).containsExactly(b);
    }

    static MeetingDetails details(LocalDate day, Set<Long> expected, Set<Long> present) {
        return new MeetingDetails(MeetingKind.WEEKLY, day, "创城周例会", "王主任", "研究本周重点工作", expected, present);
    }

    @Test
    void decisionsBecomeATaskAndAProblemAndTheirClosureShowsOnTheMeeting() {
        Actor office = actor("office");
        Actor liaison = actor("liaison");
        Long checkpoint = jdbc.queryForObject("select min(id) from checkpoints where responsible_unit_id = ? and active",
                Long.class, liaison.unitId());
        Meeting meeting = meetings.record(office, details(LocalDate.now(), Set.of(liaison.unitId()),
                Set.of(liaison.unitId())));
        MeetingDecision asTask = meetings.decide(office, meeting.getId(), meeting.getVersion(), new NewDecision(
                "完成农贸市场周边占道经营整治", liaison.unitId(), LocalDate.now().plusDays(10), null, null));
        Meeting reread = meetings.get(meeting.getId());
        MeetingDecision asProblem = meetings.decide(office, meeting.getId(), reread.getVersion(), new NewDecision(
                "市场门口垃圾堆放", liaison.unitId(), LocalDate.now().plusDays(3), checkpoint, ProblemSeverity.MAJOR));

        Task task = tasks.get(office, asTask.getTaskId());
        assertThat(task.getLeadUnit().getId()).isEqualTo(liaison.unitId());
        assertThat(task.getDeadline()).isEqualTo(LocalDate.now().plusDays(10));
        Problem problem = problems.get(office, asProblem.getProblemId());
        assertThat(problem.getOrigin()).isEqualTo(ProblemOrigin.MEETING);
        assertThat(problem.getResponsibleUnit().getId()).isEqualTo(liaison.unitId());

        List<DecisionProgress> progress = meetings.progress(office, meeting.getId());
        assertThat(progress).hasSize(2).noneMatch(DecisionProgress::closed);
        problems.cancel(office, problem.getId(), problem.getVersion(), "会上已解决");
        progress = meetings.progress(office, meeting.getId());
        assertThat(progress.get(0).statusKey()).isEqualTo(TaskStatus.NOT_STARTED.messageKey());
        assertThat(progress.get(1).closed()).isTrue();

        assertThat(meetings.progress(actor("liaison2"), meeting.getId())).isEmpty();
        assertThatThrownBy(() -> meetings.decide(actor("leader"), meeting.getId(), 0, new NewDecision("x",
                liaison.unitId(), LocalDate.now(), null, null))).isInstanceOf(NotPermitted.class);
    }

    @Test
    @WithUserDetails("office")
    void aMeetingWithoutUnitsIsRefusedNextToTheUnitsAndAStaleEditIsAConflict() throws Exception {
        long before = jdbc.queryForObject("select count(*) from meetings", Long.class);
        mvc.perform(post("/meetings/new").with(csrf()).param("kind", "WEEKLY").param("heldOn", "2026-11-02")
                        .param("title", "周例会").param("chair", "王主任"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("meetingForm", "expectedUnitIds"))
                .andExpect(content().string(Matchers.containsString("请至少勾选一个应到单位")));
        assertThat(jdbc.queryForObject("select count(*) from meetings", Long.class)).isEqualTo(before);

        Long unit = actor("liaison").unitId();
        Meeting meeting = meetings.record(actor("office"), details(LocalDate.of(2026, 11, 2), Set.of(unit), Set.of()));
        mvc.perform(post("/meetings/" + meeting.getId() + "/edit").with(csrf()).param("version", "" + meeting.getVersion())
                        .param("kind", "WEEKLY").param("heldOn", "2026-11-02").param("title", "周例会（补记）")
                        .param("chair", "王主任").param("expectedUnitIds", "" + unit).param("presentUnitIds", "" + unit))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + meeting.getId() + "/edit").with(csrf()).param("version", "" + meeting.getVersion())
                        .param("kind", "WEEKLY").param("heldOn", "2026-11-02").param("title", "旧版本")
                        .param("chair", "王主任").param("expectedUnitIds", "" + unit))
                .andExpect(status().isConflict());
        assertThat(meetings.get(meeting.getId()).hadPresent(unit)).isTrue();
        mvc.perform(post("/meetings/" + meeting.getId() + "/decisions").with(csrf())
                        .param("version", "" + meetings.get(meeting.getId()).getVersion()).param("text", "整改")
                        .param("unitId", "" + unit).param("deadline", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("decisionForm", "deadline"));
        mvc.perform(get("/meetings").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("周例会（补记）")));
        mvc.perform(get("/meetings/absences").param("year", "2026")).andExpect(status().isOk());
        mvc.perform(get("/meetings/absences").param("year", "2000000000")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/meetings").param("year", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/meetings/" + meeting.getId())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("周例会（补记）")));
    }
}

package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Logging visits: a leader only to her own checkpoints, a liaison on the leader's behalf only for her unit;
 * problems found go into the rectification loop with origin VISIT; 走访率 against a hand count.
 */
class VisitTests extends AbstractIntegrationTests {

    @Autowired
    VisitManagement visits;
    @Autowired
    VisitCompliance compliance;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    ProblemManagement problems;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    Checkpoint ownCheckpoint() {
        return checkpoints.pairedWith(actor("leader").accountId()).get(0);
    }

    /** A checkpoint paired with another leader than the demo "leader". */
    Checkpoint othersCheckpoint() {
        Long id = jdbc.queryForObject("""
                select min(c.id) from checkpoints c join accounts a on a.id = c.paired_leader_id
                where c.active and a.username <> 'leader'""", Long.class);
        return checkpoints.get(actor("office"), id);
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderLogsAVisitToHerCheckpointWithAPhotoAndTheProblemFoundGoesToTheUnit() throws Exception {
        Checkpoint own = ownCheckpoint();
        mvc.perform(get("/visits/new").param("checkpointId", "" + own.getId())).andExpect(status().isOk())
                .andExpect(view().name("visit/form"));
        String redirect = mvc.perform(multipart("/visits/new").file(new MockMultipartFile("photos", "现场.png",
                        "image/png", png())).with(csrf())
                        .param("checkpointId", "" + own.getId()).param("visitedOn", LocalDate.now().toString())
                        .param("participants", "李市长、王秘书").param("checked", "环境卫生、公益广告")
                        .param("solvedOnSpot", "清理了门口的杂物").param("solvedCount", "2")
                        .param("found[0].description", "公益广告破损").param("found[0].severity", "GENERAL")
                        .param("found[1].description", "").param("found[1].severity", "GENERAL"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/visits/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(redirect.substring("/visits/".length()));
        Visit visit = visits.get(actor("leader"), id);
        assertThat(visit.getLeader().getUsername()).isEqualTo("leader");
        assertThat(visit.isOnBehalf()).isFalse();
        assertThat(visit.getSolvedCount()).isEqualTo(2);
        assertThat(visit.getPhotos()).hasSize(1);
        assertThat(visit.getProblemIds()).hasSize(1);
        Problem problem = problems.get(actor("office"), visit.getProblemIds().get(0));
        assertThat(problem.getOrigin()).isEqualTo(ProblemOrigin.VISIT);
        assertThat(problem.getResponsibleUnit().getId()).isEqualTo(own.getResponsibleUnit().getId());
        assertThat(problem.getDeadline()).isNotNull();
        mvc.perform(get(redirect)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("公益广告破损")));
        mvc.perform(get(redirect + "/photos/" + visit.getPhotos().get(0).getId())).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderWithSeveralCheckpointsChoosesOneFirst() throws Exception {
        Long second = jdbc.queryForObject("""
                select min(id) from checkpoints where active and paired_leader_id is null""", Long.class);
        jdbc.update("update checkpoints set paired_leader_id = (select id from accounts where username = 'leader') "
                + "where id = ?", second);
        try {
            var names = checkpoints.pairedWith(actor("leader").accountId()).stream().map(Checkpoint::getName).toList();
            assertThat(names).hasSizeGreaterThan(1);
            String page = mvc.perform(get("/visits/new")).andExpect(status().isOk())
                    .andExpect(view().name("visit/choose")).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(names);
        } finally {
            jdbc.update("update checkpoints set paired_leader_id = null where id = ?", second);
        }
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderMayNotLogAVisitToAnotherLeadersCheckpointAndNothingIsSaved() throws Exception {
        Checkpoint other = othersCheckpoint();
        long before = jdbc.queryForObject("select count(*) from visits", Long.class);
        long problemsBefore = jdbc.queryForObject("select count(*) from problems", Long.class);
        mvc.perform(multipart("/visits/new").with(csrf()).param("checkpointId", "" + other.getId())
                        .param("visitedOn", LocalDate.now().toString()).param("participants", "李市长")
                        .param("checked", "卫生").param("solvedCount", "0")
                        .param("found[0].description", "不该交办的问题"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/visits/new").param("checkpointId", "" + other.getId())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from visits", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from problems", Long.class)).isEqualTo(problemsBefore);
        assertThatThrownBy(() -> visits.log(actor("leader"), new NewVisit(other.getId(), LocalDate.now(), "李市长",
                "卫生", null, 0, List.of()), List.of())).isInstanceOf(NotPermitted.class);
    }

    @Test
    void inspectorsAndTheOfficeDoNotLogVisits() {
        Checkpoint own = ownCheckpoint();
        for (String who : List.of("office", "inspector")) {
            assertThatThrownBy(() -> visits.log(actor(who), new NewVisit(own.getId(), LocalDate.now(), "某人", "卫生",
                    null, 0, List.of()), List.of())).isInstanceOf(NotPermitted.class);
        }
    }

    @Test
    void aLiaisonLogsOnTheLeadersBehalfForHerUnitOnlyAndTheVisitCountsForTheLeader() {
        Checkpoint own = ownCheckpoint();
        Actor liaison = actor("liaison-" + own.getResponsibleUnit().getId());
        Visit visit = visits.log(liaison, new NewVisit(own.getId(), LocalDate.now(), "联络员陪同", "门前三包", null, 0,
                List.of(new NewVisit.Finding("垃圾桶满溢", ProblemSeverity.IMMEDIATE))), List.of());
        assertThat(visit.isOnBehalf()).isTrue();
        assertThat(visit.getLeader().getUsername()).isEqualTo("leader");
        assertThat(visit.getRecordedBy()).isEqualTo(liaison.accountId());
        assertThat(compliance.pairings(YearMonth.now()).stream()
                .filter(p -> p.checkpointId().equals(own.getId())).findFirst().orElseThrow().visited()).isTrue();

        Actor otherLiaison = actor("liaison2");
        if (!otherLiaison.unitId().equals(own.getResponsibleUnit().getId())) {
            assertThatThrownBy(() -> visits.log(otherLiaison, new NewVisit(own.getId(), LocalDate.now(), "某人", "卫生",
                    null, 0, List.of()), List.of())).isInstanceOf(org.chuangcheng.shared.NotFoundException.class);
            assertThatThrownBy(() -> visits.get(otherLiaison, visit.getId()))
                    .isInstanceOf(VisitNotFound.class);
        }
    }

    @Test
    @WithUserDetails("leader")
    void aFutureDateAndAMissingWhatWasCheckedAreShownNextToTheirFields() throws Exception {
        Checkpoint own = ownCheckpoint();
        long before = jdbc.queryForObject("select count(*) from visits", Long.class);
        mvc.perform(multipart("/visits/new").with(csrf()).param("checkpointId", "" + own.getId())
                        .param("visitedOn", LocalDate.now().plusDays(3).toString()).param("participants", "李市长")
                        .param("checked", "").param("solvedCount", "-1"))
                .andExpect(status().isOk()).andExpect(view().name("visit/form"))
                .andExpect(model().attributeHasFieldErrors("visitForm", "checked", "solvedCount"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能为空")));
        mvc.perform(multipart("/visits/new").with(csrf()).param("checkpointId", "" + own.getId())
                        .param("visitedOn", LocalDate.now().plusDays(3).toString()).param("participants", "李市长")
                        .param("checked", "卫生").param("solvedCount", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("visitForm", "visitedOn"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("走访日期不能晚于今天")));
        assertThat(jdbc.queryForObject("select count(*) from visits", Long.class)).isEqualTo(before);
    }

    /**
     * In a month nobody else uses (March 2020): two pairings visited (one of them twice), a visit by a leader who
     * is not the checkpoint's paired leader (does not count) and one on the next month's first day (does not
     * count). Hand count: 2 / the pairings that held in March 2020.
     */
    @Test
    void complianceMatchesAHandCount() {
        // the pairings that held in March 2020 (today's, unless a test has changed one since)
        List<Long[]> paired = jdbc.query("""
                select distinct checkpoint_id, leader_id from checkpoint_pairings
                where leader_id is not null and effective_from <= date '2020-03-31'
                  and (effective_to is null or effective_to > date '2020-03-01')
                order by checkpoint_id""",
                (rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        assertThat(paired.size()).isGreaterThanOrEqualTo(3);
        Long recorder = actor("office").accountId();
        insert(paired.get(0)[0], paired.get(0)[1], "2020-03-02", recorder);
        insert(paired.get(0)[0], paired.get(0)[1], "2020-03-30", recorder);
        insert(paired.get(1)[0], paired.get(1)[1], "2020-03-31", recorder);
        insert(paired.get(2)[0], paired.get(0)[1], "2020-03-15", recorder);
        insert(paired.get(2)[0], paired.get(2)[1], "2020-04-01", recorder);

        YearMonth march = YearMonth.of(2020, 3);
        var city = compliance.city(march);
        assertThat(city.numerator()).isEqualTo(2);
        assertThat(city.denominator()).isEqualTo(paired.size());
        assertThat(city.percent()).contains(BigDecimal.valueOf(200).divide(BigDecimal.valueOf(paired.size()), 2,
                java.math.RoundingMode.HALF_UP));
        var first = compliance.pairings(march).stream().filter(p -> p.checkpointId().equals(paired.get(0)[0]))
                .findFirst().orElseThrow();
        assertThat(first.visits()).isEqualTo(2);
        assertThat(first.lastVisit()).isEqualTo(LocalDate.of(2020, 3, 30));
        assertThat(compliance.byLeader(march).stream().mapToLong(VisitCompliance.Row::visited).sum()).isEqualTo(2);
        assertThat(compliance.byUnit(march).stream().mapToLong(VisitCompliance.Row::pairings).sum())
                .isEqualTo(paired.size());
        assertThat(compliance.notYetVisited(march, null)).hasSize(paired.size() - 2);
        assertThat(compliance.city(YearMonth.of(2020, 4)).numerator()).isEqualTo(1);
    }

    void insert(Long checkpoint, Long leader, String day, Long recorder) {
        jdbc.update("""
                insert into visits (checkpoint_id, leader_id, visited_on, participants, checked, recorded_by)
                values (?, ?, ?::date, '测试', '测试', ?)""", checkpoint, leader, day, recorder);
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonReadsNoComplianceFigures() throws Exception {
        mvc.perform(get("/visits/compliance")).andExpect(status().isForbidden());
        mvc.perform(get("/visits")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("office")
    void theOfficeSeesComplianceByLeaderAndABadMonthIsABadRequest() throws Exception {
        mvc.perform(get("/visits/compliance").param("month", "2020-03")).andExpect(status().isOk())
                .andExpect(view().name("visit/compliance"));
        mvc.perform(get("/visits/compliance").param("month", "2020-13")).andExpect(status().isBadRequest());
    }
}

package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.IllegalStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence and verification as the liaison and the office meet them (issue #10): the after photo, the
 * return reason where she looks, resubmitting from the previous answer, her most urgent problems first, and
 * the office's queue by the nearest deadline, going straight on to the next, with standard reasons.
 */
class EvidenceAndVerificationTests extends AbstractIntegrationTests {

    private static final Pattern CARD_ID = Pattern.compile("id=\"problem-(\\d+)\"");

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Actor office;
    Actor liaison;
    Problem own;

    @BeforeEach
    void raise() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        own = raise("货架占道 " + UUID.randomUUID());
    }

    Problem raise(String description) {
        Checkpoint checkpoint = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        return problems.raise(office, new NewProblem(checkpoint.getId(), null, null, description,
                ProblemSeverity.GENERAL, null, null), List.of());
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long version(Long id) {
        return jdbc.queryForObject("select version from problems where id = ?", Long.class, id);
    }

    String statusOf(Long id) {
        return jdbc.queryForObject("select status from problems where id = ?", String.class, id);
    }

    static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = CARD_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    void evidenceWithoutAnAfterPhotoIsRefusedWithAFieldMessageAndTheTypedTextKept() throws Exception {
        assertThatThrownBy(() -> problems.submit(liaison, own.getId(), version(own.getId()), "已清理", List.of()))
                .isInstanceOf(IllegalStep.class).hasMessage("problem.evidence.photoRequired");
        assertThat(statusOf(own.getId())).isEqualTo("ASSIGNED");

        mvc.perform(multipart("/problems/" + own.getId() + "/submit").with(as("liaison")).with(csrf())
                        .param("version", "" + version(own.getId())).param("text", "货架已移回店内"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("submitForm", "photos", "problem.evidence.photoRequired"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("请上传至少一张整改后照片"),
                                org.hamcrest.Matchers.containsString("货架已移回店内"))));
        assertThat(statusOf(own.getId())).isEqualTo("ASSIGNED");
        assertThat(jdbc.queryForObject("select count(*) from rectifications where problem_id = ?", Long.class,
                own.getId())).isZero();
    }

    @Test
    void aReturnShowsItsReasonOnHerCardAndAtTheTopAndTheResubmissionStartsFromHerAnswer() throws Exception {
        problems.submit(liaison, own.getId(), version(own.getId()), "货架已移回店内", UploadedFiles.afterPhoto());
        mvc.perform(post("/problems/" + own.getId() + "/return").with(as("office")).with(csrf())
                        .param("version", "" + version(own.getId()))
                        .param("standardReason", "照片不清晰，看不出整改效果").param("reason", "请从店外拍全景"))
                .andExpect(redirectedUrl("/problems/" + own.getId()));
        assertThat(jdbc.queryForObject("select review_comment from rectifications where problem_id = ?", String.class,
                own.getId())).isEqualTo("照片不清晰，看不出整改效果；请从店外拍全景");

        String list = mvc.perform(get("/problems").with(as("liaison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("退回原因：照片不清晰，看不出整改效果；请从店外拍全景");

        String page = mvc.perform(get("/problems/" + own.getId()).with(as("liaison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("id=\"return-reason\"")).as("the reason comes before the details and the timeline")
                .isPositive().isLessThan(page.indexOf("id=\"problem-description\""));

        String form = mvc.perform(get("/problems/" + own.getId() + "/submit").with(as("liaison")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains(">货架已移回店内</textarea>");
    }

    @Test
    void herListPutsReturnedThenOverdueProblemsFirst() throws Exception {
        problems.submit(liaison, own.getId(), version(own.getId()), "已整改", UploadedFiles.afterPhoto());
        problems.returnToUnit(office, own.getId(), version(own.getId()), "未整改到位");

        String html = mvc.perform(get("/problems").param("size", "100").with(as("liaison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Long> ids = ids(html);
        assertThat(ids).contains(own.getId());
        LocalDate today = problems.today();
        List<Integer> ranks = ids.stream().map(id -> jdbc.queryForObject("""
                select case when status = 'RETURNED' then 0
                            when status in ('ASSIGNED', 'RETURNED') and deadline < ? then 1 else 2 end
                from problems where id = ?""", Integer.class, today, id)).toList();
        assertThat(ranks).isSorted();
        assertThat(ranks.get(0)).isZero();
    }

    @Test
    void theQueueGoesByTheNearestDeadlineAndADecisionLeadsStraightToTheNextOne() throws Exception {
        Problem second = raise("招牌破损 " + UUID.randomUUID());
        problems.submit(liaison, own.getId(), version(own.getId()), "已整改", UploadedFiles.afterPhoto());
        problems.submit(liaison, second.getId(), version(second.getId()), "已整改", UploadedFiles.afterPhoto());

        String queue = mvc.perform(get("/problems").param("scope", "pending").param("size", "100").with(as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<LocalDate> deadlines = ids(queue).stream().map(id -> jdbc.queryForObject(
                "select coalesce(deadline, date '9999-12-31') from problems where id = ?", LocalDate.class, id)).toList();
        assertThat(deadlines).isNotEmpty().isSorted();
        assertThat(queue).contains("/problems/" + own.getId() + "?queue=pending");

        String next = mvc.perform(post("/problems/" + own.getId() + "/close").with(as("office")).with(csrf())
                        .param("version", "" + version(own.getId())).param("next", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(statusOf(own.getId())).isEqualTo("CLOSED");
        assertThat(next).matches("/problems/\\d+\\?queue=pending").doesNotContain("/" + own.getId() + "?");
        Long nextId = Long.valueOf(next.replaceAll("\\D+(\\d+)\\D.*", "$1"));
        assertThat(statusOf(nextId)).isEqualTo("SUBMITTED");

        String page = mvc.perform(get(next).with(as("office"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"next\" value=\"true\"", "照片不清晰，看不出整改效果");
        assertThat(mvc.perform(get("/problems/" + own.getId()).with(as("office"))).andReturn().getResponse()
                .getContentAsString()).as("before and after side by side").contains("photo-compare", "compare-photo");
    }

    @Test
    void theOfficeKeepsItsStandardReturnReasons() throws Exception {
        String text = "垃圾桶未复位 " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/problems/return-reasons").with(as("office")).with(csrf()).param("text", text))
                .andExpect(redirectedUrl("/problems/return-reasons"));
        mvc.perform(post("/problems/return-reasons").with(as("office")).with(csrf()).param("text", " " + text))
                .andExpect(redirectedUrl("/problems/return-reasons"));
        assertThat(jdbc.queryForObject("select count(*) from return_reasons where text = ?", Long.class, text))
                .isEqualTo(1);
        mvc.perform(get("/problems/return-reasons").with(as("office"))).andExpect(status().isOk());
        mvc.perform(post("/problems/return-reasons").with(as("liaison")).with(csrf()).param("text", "x"))
                .andExpect(status().isForbidden());
        Long id = jdbc.queryForObject("select id from return_reasons where text = ?", Long.class, text);
        mvc.perform(post("/problems/return-reasons/delete").with(as("leader")).with(csrf()).param("reasonId", "" + id))
                .andExpect(status().isForbidden());
        mvc.perform(post("/problems/return-reasons/delete").with(as("office")).with(csrf()).param("reasonId", "" + id))
                .andExpect(redirectedUrl("/problems/return-reasons"));
        assertThat(jdbc.queryForObject("select count(*) from return_reasons where text = ?", Long.class, text)).isZero();
    }
}

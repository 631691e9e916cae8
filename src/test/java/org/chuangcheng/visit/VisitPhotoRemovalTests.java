package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Taking a photo off a visit: its author or the office, within the visit's month, after a confirmation; the
 * file goes with it unless a problem raised from the visit still shows it; audited; anyone else is refused.
 */
class VisitPhotoRemovalTests extends AbstractIntegrationTests {

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
    @Value("${app.uploads-dir}")
    Path uploads;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    Visit logged(List<NewVisit.Finding> found, byte[]... photos) {
        Checkpoint own = checkpoints.pairedWith(actor("leader").accountId()).get(0);
        return visits.log(actor("leader"), new NewVisit(own.getId(), LocalDate.now(), "李市长", "环境卫生", null, 0, found),
                java.util.Arrays.stream(photos).map(p -> (org.springframework.web.multipart.MultipartFile) UploadedFiles.photo(p))
                        .toList());
    }

    MockHttpServletRequestBuilder remove(Visit visit, long version, Long photo) {
        return post("/visits/" + visit.getId() + "/photos/" + photo + "/remove").with(csrf()).param("version", "" + version);
    }

    @Test
    void theAuthorRemovesAPhotoAfterConfirmingAndItsFileGoes() throws Exception {
        byte[] kept = UploadedFiles.uniquePng();
        byte[] removed = UploadedFiles.uniquePng();
        Visit visit = logged(List.of(), kept, removed);
        Long photo = visit.getPhotos().get(1).getId();
        assertThat(UploadedFiles.containing(uploads, removed)).hasSize(1);

        mvc.perform(get("/visits/" + visit.getId()).with(as("leader"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"remove-photo-" + photo + "\"")))
                .andExpect(content().string(Matchers.containsString("data-confirm=\"从这次走访中删除这张照片")));
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as("leader")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "visit.photo.removed"));

        Visit after = visits.get(actor("office"), visit.getId());
        assertThat(after.getPhotos()).extracting(a -> a.getId()).containsExactly(visit.getPhotos().get(0).getId());
        assertThat(after.getEditedBy()).isEqualTo(actor("leader").accountId());
        assertThat(jdbc.queryForObject("select count(*) from attachments where id = ?", Long.class, photo)).isZero();
        assertThat(UploadedFiles.containing(uploads, removed)).isEmpty();
        assertThat(UploadedFiles.containing(uploads, kept)).hasSize(1);
        mvc.perform(get("/visits/" + visit.getId() + "/photos/" + photo).with(as("office"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'VISIT_EDITED' and target = ?"
                + " and detail like 'photo removed%'", Long.class, "visit #" + visit.getId())).isEqualTo(1);
    }

    @Test
    void aPhotoThatAProblemFromTheVisitShowsStaysWithTheProblem() throws Exception {
        byte[] content = UploadedFiles.uniquePng();
        Visit visit = logged(List.of(new NewVisit.Finding("垃圾桶破损", ProblemSeverity.GENERAL)), content);
        Long photo = visit.getPhotos().get(0).getId();
        Long problem = visit.getProblemIds().get(0);

        mvc.perform(remove(visit, visit.getVersion(), photo).with(as("office"))).andExpect(status().is3xxRedirection());

        assertThat(visits.get(actor("office"), visit.getId()).getPhotos()).isEmpty();
        assertThat(UploadedFiles.containing(uploads, content)).hasSize(1);
        mvc.perform(get("/problems/" + problem + "/photos/" + photo).with(as("office"))).andExpect(status().isOk());
    }

    @Test
    void nobodyElseRemovesAPhotoAndAStaleOrWrongRemovalChangesNothing() throws Exception {
        Visit visit = logged(List.of(), UploadedFiles.uniquePng());
        Long photo = visit.getPhotos().get(0).getId();
        String otherLeader = jdbc.queryForObject("select min(username) from accounts where role = 'LEADER'"
                + " and username <> 'leader'", String.class);
        Long ownUnit = visit.getCheckpoint().getResponsibleUnit().getId();
        String otherLiaison = jdbc.queryForObject("select min(username) from accounts where role = 'LIAISON'"
                + " and unit_id <> ?", String.class, ownUnit);

        mvc.perform(get("/visits/" + visit.getId()).with(as(otherLeader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("remove-photo-"))));
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as("inspector"))).andExpect(status().isForbidden());
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as(otherLiaison))).andExpect(status().isNotFound());
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as("counselor"))).andExpect(status().isForbidden());
        mvc.perform(remove(visit, visit.getVersion() - 1, photo).with(as("leader"))).andExpect(status().isConflict());
        Long otherPhoto = logged(List.of(), UploadedFiles.uniquePng()).getPhotos().get(0).getId();
        mvc.perform(remove(visit, visit.getVersion(), otherPhoto).with(as("leader"))).andExpect(status().isNotFound());

        assertThat(visits.get(actor("office"), visit.getId()).getPhotos()).extracting(a -> a.getId()).containsExactly(photo);
        assertThat(jdbc.queryForObject("select count(*) from attachments where id in (?, ?)", Long.class, photo, otherPhoto))
                .isEqualTo(2);
    }

    @Test
    void aPastMonthsVisitKeepsItsPhotos() throws Exception {
        Visit visit = logged(List.of(), UploadedFiles.uniquePng());
        Long photo = visit.getPhotos().get(0).getId();
        jdbc.update("update visits set visited_on = ? where id = ?", LocalDate.now().minusMonths(1).withDayOfMonth(1),
                visit.getId());
        mvc.perform(get("/visits/" + visit.getId()).with(as("leader"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("remove-photo-"))));
        mvc.perform(remove(visit, visit.getVersion(), photo).with(as("office"))).andExpect(status().isForbidden());
        assertThat(visits.get(actor("office"), visit.getId()).getPhotos()).hasSize(1);
    }
}

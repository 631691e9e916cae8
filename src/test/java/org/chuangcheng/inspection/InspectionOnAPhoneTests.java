package org.chuangcheng.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The inspector's checklist on a phone (issue #10): a photo per item, a failed item's photo becomes its
 * problem's "before" photo, the note is the problem's title and is required, a refused finish stores no
 * photo and marks what is missing.
 */
class InspectionOnAPhoneTests extends AbstractIntegrationTests {

    @Autowired
    InspectionManagement inspections;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${app.uploads-dir}")
    Path uploads;

    Actor office;
    Checkpoint market;
    List<Standard> checklist;

    @BeforeEach
    void checkpoint() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        market = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 1))
                .getContent().get(0);
        checklist = catalog.checklist(market.getCategory().getId());
    }

    MockMultipartHttpServletRequestBuilder finishing(String failedNote) {
        MockMultipartHttpServletRequestBuilder request = multipart("/inspections/new");
        request.with(csrf()).param("checkpointId", "" + market.getId()).param("type", "ROUTINE")
                .param("inspectedAt", "2026-11-20T09:30").param("inspectors", "赵督查").param("action", "finish");
        for (int i = 0; i < checklist.size(); i++) {
            request.param("results[" + checklist.get(i).getId() + "]", i == 0 ? "FAIL" : "PASS");
        }
        if (failedNote != null) {
            request.param("itemNotes[" + checklist.get(0).getId() + "]", failedNote);
        }
        return request;
    }

    @Test
    @WithUserDetails("inspector")
    void aFailedItemsPhotoBecomesItsProblemsBeforePhotoAndItsNoteTheTitle() throws Exception {
        byte[] itemPhoto = UploadedFiles.uniquePng();
        byte[] overview = UploadedFiles.uniquePng();
        String note = "东门垃圾桶满溢 " + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(finishing(note)
                        .file(new MockMultipartFile("itemPhotos[" + checklist.get(0).getId() + "]", "item.png", "image/png", itemPhoto))
                        .file(new MockMultipartFile("photos", "overview.png", "image/png", overview)))
                .andExpect(redirectedUrlPattern("/inspections/*")).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.replaceAll("\\D", ""));

        Problem raised = problems.raisedBy(office, id).get(0);
        assertThat(raised.getDescription()).isEqualTo(note);
        assertThat(raised.getStandard().getId()).isEqualTo(checklist.get(0).getId());
        Problem loaded = problems.get(office, raised.getId());
        assertThat(loaded.getEvents().get(0).getPhotos()).singleElement()
                .satisfies(a -> assertThat(a.getOriginalName()).isEqualTo("item.png"));
        Inspection done = inspections.get(office, id);
        assertThat(done.getItems().get(0).getPhotos()).hasSize(1);
        assertThat(done.getPhotos()).singleElement().satisfies(a -> assertThat(a.getOriginalName()).isEqualTo("overview.png"));
        // the item photo is served with the inspection
        mvc.perform(get("/inspections/" + id + "/photos/" + done.getItems().get(0).getPhotos().get(0).getId()))
                .andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("inspector")
    void aFailedItemWithoutANoteIsRefusedMarkedAndNoPhotoIsStored() throws Exception {
        byte[] photo = UploadedFiles.uniquePng();
        long before = jdbc.queryForObject("select count(*) from inspections", Long.class);

        String html = mvc.perform(finishing(null)
                        .file(new MockMultipartFile("itemPhotos[" + checklist.get(0).getId() + "]", "item.png", "image/png", photo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("须写明问题说明", "item-missing");
        assertThat(UploadedFiles.containing(uploads, photo)).as("no file written for a refused finish").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from inspections", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("inspector")
    void anIncompleteChecklistIsRefusedWithoutStoringThePhotosAndTheFormOffersTheShortcuts() throws Exception {
        byte[] photo = UploadedFiles.uniquePng();
        MockMultipartHttpServletRequestBuilder request = multipart("/inspections/new");
        request.with(csrf()).param("checkpointId", "" + market.getId()).param("type", "ROUTINE")
                .param("inspectedAt", "2026-11-20T09:30").param("inspectors", "赵督查").param("action", "finish")
                .param("results[" + checklist.get(0).getId() + "]", "PASS");
        String html = mvc.perform(request.file(new MockMultipartFile("photos", "a.png", "image/png", photo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(UploadedFiles.containing(uploads, photo)).isEmpty();
        assertThat(html).contains("rest-pass", "jump-unanswered", "已填 1/" + checklist.size() + " 项", "item-missing",
                "将交办 {0} 个问题");
    }
}

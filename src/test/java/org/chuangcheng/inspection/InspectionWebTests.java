package org.chuangcheng.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.chuangcheng.problem.ProblemStatus;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.problem.ProblemWebTests;
import org.chuangcheng.problem.DeadlinePolicy;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Recording inspections: checklist, drafts, finishing raises problems, uploads, who may do it. */
class InspectionWebTests extends AbstractIntegrationTests {

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
    DeadlinePolicy deadlines;

    Actor office;
    Checkpoint market;
    Checkpoint foreign;
    List<Standard> checklist;

    @BeforeEach
    void findCheckpoints() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        market = first(accounts.findByUsername("liaison").orElseThrow().toActor());
        foreign = first(accounts.findByUsername("liaison2").orElseThrow().toActor());
        checklist = catalog.checklist(market.getCategory().getId());
    }

    Checkpoint first(Actor unitLiaison) {
        return checkpoints.search(unitLiaison, new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 1))
                .getContent().get(0);
    }

    MockMultipartHttpServletRequestBuilder inspection(String url, Checkpoint checkpoint, String action) {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.with(csrf()).param("checkpointId", "" + checkpoint.getId()).param("type", "MONTHLY")
                .param("inspectedAt", "2026-11-20T09:30").param("inspectors", "赵督查、钱督导")
                .param("latitude", "30.600001").param("longitude", "114.300002").param("action", action);
        return request;
    }

    Long idFrom(String redirect) {
        return Long.valueOf(redirect.replaceAll("^/inspections/(\\d+).*$", "$1"));
    }

    @Test
    @WithUserDetails("inspector")
    void finishingComputesComplianceAndRaisesAProblemPerFailedStandard() throws Exception {
        var request = inspection("/inspections/new", market, "finish");
        Standard failed = checklist.get(0);
        for (int i = 0; i < checklist.size(); i++) {
            request.param("results[" + checklist.get(i).getId() + "]", i == 0 ? "FAIL" : i == 1 ? "NOT_APPLICABLE" : "PASS");
        }
        request.param("itemNotes[" + failed.getId() + "]", "东门缺少公益广告");
        String location = mvc.perform(request).andExpect(redirectedUrlPattern("/inspections/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Long id = idFrom(location);
        Inspection done = inspections.get(office, id);
        assertThat(done.isDraft()).isFalse();
        assertThat(done.getAssessedCount()).isEqualTo(checklist.size() - 1);
        assertThat(done.getPassedCount()).isEqualTo(checklist.size() - 2);
        assertThat(done.getLatitude()).isEqualByComparingTo("30.600001");
        List<Problem> raised = problems.raisedBy(office, id);
        assertThat(raised).singleElement().satisfies(p -> {
            assertThat(p.getDescription()).as("titled by the inspector's note").isEqualTo("东门缺少公益广告");
            assertThat(p.getStandard().getId()).as("the standard stays as its reference").isEqualTo(failed.getId());
            assertThat(p.getSeverity()).isEqualTo(ProblemSeverity.of(failed.getSeverity()));
            assertThat(p.getResponsibleUnit().getId()).isEqualTo(market.getResponsibleUnit().getId());
            assertThat(p.getDeadline()).isEqualTo(deadlines.defaultDeadline(p.getSeverity(), deadlines.today()));
            assertThat(p.getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
        });
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(view().name("inspection/detail"));
    }

    @Test
    @WithUserDetails("inspector")
    void aDraftIsSavedIncompleteAndFinishedLater() throws Exception {
        var draft = inspection("/inspections/new", market, "draft")
                .param("results[" + checklist.get(0).getId() + "]", "PASS");
        String location = mvc.perform(draft).andExpect(redirectedUrlPattern("/inspections/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        Long id = idFrom(location);
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(view().name("inspection/form"));
        // finishing with items unchecked is refused with a message
        mvc.perform(inspection(location, market, "finish").param("version", "" + inspections.get(office, id).getVersion()))
                .andExpect(status().isOk()).andExpect(view().name("inspection/form"))
                .andExpect(model().attributeHasErrors("inspectionForm"));
        var finish = inspection(location, market, "finish").param("version", "" + inspections.get(office, id).getVersion());
        checklist.forEach(s -> finish.param("results[" + s.getId() + "]", "PASS"));
        mvc.perform(finish).andExpect(redirectedUrl("/inspections/" + id));
        Inspection done = inspections.get(office, id);
        assertThat(done.compliance().format()).isEqualTo("100.00%");
        assertThat(problems.raisedBy(office, id)).isEmpty();
    }

    @Test
    @WithUserDetails("inspector")
    void aRenamedNonImageIsRefusedAsAFieldError() throws Exception {
        var request = inspection("/inspections/new", market, "draft");
        request.file(new MockMultipartFile("photos", "scene.jpg", "image/jpeg", "just some text".getBytes()));
        mvc.perform(request).andExpect(status().isOk()).andExpect(view().name("inspection/form"))
                .andExpect(model().attributeHasFieldErrorCode("inspectionForm", "photos", "attachment.notAnImage"));
    }

    @Test
    @WithUserDetails("inspector")
    void inspectorsAndTimeAreRequired() throws Exception {
        mvc.perform(multipart("/inspections/new").with(csrf()).param("checkpointId", "" + market.getId())
                .param("type", "ROUTINE").param("inspectors", " ").param("inspectedAt", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("inspectionForm", "inspectors", "inspectedAt"));
    }

    @Test
    @WithUserDetails("inspector")
    void aPhotoIsServedWithItsInspectionOnly() throws Exception {
        var request = inspection("/inspections/new", market, "draft");
        request.file(ProblemWebTests.png("scene.png"));
        Long id = idFrom(mvc.perform(request).andReturn().getResponse().getRedirectedUrl());
        Long photo = inspections.get(office, id).getPhotos().get(0).getId();
        mvc.perform(get("/inspections/" + id + "/photos/" + photo).param("thumb", "")).andExpect(status().isOk());
        Long other = idFrom(mvc.perform(inspection("/inspections/new", market, "draft")).andReturn().getResponse()
                .getRedirectedUrl());
        mvc.perform(get("/inspections/" + other + "/photos/" + photo)).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("liaison")
    void liaisonsDoNotInspectAndSeeOnlyTheirUnitsInspections() throws Exception {
        mvc.perform(get("/inspections/new")).andExpect(status().isForbidden());
        mvc.perform(inspection("/inspections/new", market, "draft")).andExpect(status().isForbidden());
        Inspection own = inspections.create(office, market.getId(), allPassed(), List.of(), true);
        Inspection other = inspections.create(office, foreign.getId(), record(), List.of(), false);
        mvc.perform(get("/inspections/" + own.getId())).andExpect(status().isOk());
        mvc.perform(get("/inspections/" + other.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/inspections")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("office")
    void aFreeFormProblemCanBeAddedToAFinishedInspection() throws Exception {
        Inspection done = inspections.create(office, market.getId(), allPassed(), List.of(), true);
        String location = mvc.perform(multipart("/inspections/" + done.getId() + "/problems").with(csrf())
                .param("description", "市场外围道路破损，需纳入年度计划").param("severity", "LONG_TERM"))
                .andExpect(redirectedUrlPattern("/problems/*")).andReturn().getResponse().getRedirectedUrl();
        Problem p = problems.get(office, Long.valueOf(location.substring("/problems/".length())));
        assertThat(p.getDeadline()).isNull();
        assertThat(p.getOrigin()).isEqualTo(ProblemOrigin.INSPECTION);
        assertThat(p.getInspectionId()).isEqualTo(done.getId());
        mvc.perform(multipart("/inspections/" + done.getId() + "/problems").with(csrf()).param("description", "")
                .param("severity", "GENERAL"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("problemForm", "description"));
    }

    InspectionRecord record() {
        return new InspectionRecord(InspectionType.ROUTINE, java.time.Instant.now(), "王创城", null, null, null,
                java.util.Map.of(), java.util.Map.of());
    }

    InspectionRecord allPassed() {
        java.util.Map<Long, ItemResult> results = new java.util.HashMap<>();
        checklist.forEach(s -> results.put(s.getId(), ItemResult.PASS));
        return new InspectionRecord(InspectionType.SPECIAL, java.time.Instant.now(), "王创城", null, null, null, results,
                java.util.Map.of());
    }
}

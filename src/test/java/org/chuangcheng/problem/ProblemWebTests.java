package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.nio.file.Path;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The problem pages: who sees and does what, uploads, validation, concurrent verification, the ledger. */
public class ProblemWebTests extends AbstractIntegrationTests {

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${app.uploads-dir}")
    Path uploads;

    Actor office;
    Actor liaison;
    /** a problem of the demo liaison's own unit (市市场监管局) */
    Problem own;
    /** a problem of another unit (市城管局, liaison2's) */
    Problem foreign;

    @BeforeEach
    void raiseProblems() {
        office = actor("office");
        liaison = actor("liaison");
        Actor liaison2 = actor("liaison2");
        own = raise(checkpointOf(liaison), "own " + UUID.randomUUID());
        foreign = raise(checkpointOf(liaison2), "foreign " + UUID.randomUUID());
    }

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    Checkpoint checkpointOf(Actor unitLiaison) {
        Page<Checkpoint> page = checkpoints.search(unitLiaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1));
        return page.getContent().get(0);
    }

    Problem raise(Checkpoint checkpoint, String description) {
        return problems.raise(office, new NewProblem(checkpoint.getId(), null, null, description, ProblemSeverity.GENERAL,
                null, null), List.of());
    }

    Problem reload(Problem p) {
        return problems.get(office, p.getId());
    }

    public static MockMultipartFile png(String name) throws Exception {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new MockMultipartFile("photos", name, "image/png", out.toByteArray());
    }

    // --- anonymous and roles

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        for (String url : List.of("/problems", "/problems/" + own.getId(), "/problems/export.xlsx", "/inspections",
                "/inspections/new", "/problems/" + own.getId() + "/submit")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    @WithUserDetails("leader")
    void leadersReadButDoNotAct() throws Exception {
        mvc.perform(get("/problems")).andExpect(status().isOk());
        mvc.perform(get("/problems/" + own.getId())).andExpect(status().isOk());
        mvc.perform(get("/inspections")).andExpect(status().isOk());
        mvc.perform(get("/inspections/new")).andExpect(status().isForbidden());
        mvc.perform(post("/problems/" + own.getId() + "/cancel").with(csrf()).param("version", "0")
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/problems/" + own.getId() + "/submit")).andExpect(status().isForbidden());
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
    }

    @Test
    @WithUserDetails("inspector")
    void inspectorsCannotVerify() throws Exception {
        submitAsLiaison(own);
        long version = reload(own).getVersion();
        mvc.perform(post("/problems/" + own.getId() + "/close").with(csrf()).param("version", "" + version))
                .andExpect(status().isForbidden());
        mvc.perform(post("/problems/" + own.getId() + "/return").with(csrf()).param("version", "" + version)
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/new")).andExpect(status().isOk());
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonSeesOnlyHerUnitsProblems() throws Exception {
        mvc.perform(get("/problems/" + own.getId())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("submit-rectification")));
        mvc.perform(get("/problems/" + foreign.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/problems/" + foreign.getId() + "/submit")).andExpect(status().isNotFound());
        MvcResult list = mvc.perform(get("/problems").param("unitId", "" + foreign.getResponsibleUnit().getId())
                .param("size", "100")).andExpect(status().isOk()).andReturn();
        Page<?> page = (Page<?>) list.getModelAndView().getModel().get("page");
        assertThat(page.getContent()).isNotEmpty().allSatisfy(p -> assertThat(((Problem) p).getResponsibleUnit().getId())
                .isEqualTo(liaison.unitId()));
        mvc.perform(get("/problems/mine")).andExpect(redirectedUrl("/problems?scope=open"));
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonCannotActOnAnotherUnitsProblemNorCloseHerOwn() throws Exception {
        mvc.perform(multipart("/problems/" + foreign.getId() + "/submit").with(csrf())
                .param("version", "" + foreign.getVersion()).param("text", "done")).andExpect(status().isNotFound());
        assertThat(reload(foreign).getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
        submitAsLiaison(own);
        long version = reload(own).getVersion();
        for (String action : List.of("close", "return", "reassign", "extend", "cancel")) {
            mvc.perform(post("/problems/" + own.getId() + "/" + action).with(csrf()).param("version", "" + version)
                    .param("reason", "x")).andExpect(status().isForbidden());
        }
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonSubmitsEvidenceWithAPhoto() throws Exception {
        mvc.perform(multipart("/problems/" + own.getId() + "/submit").file(png("after.png")).with(csrf())
                .param("version", "" + own.getVersion()).param("text", "摊位已规范"))
                .andExpect(redirectedUrl("/problems/" + own.getId()))
                .andExpect(flash().attribute("success", "problem.submitted"));
        Problem submitted = reload(own);
        assertThat(submitted.getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
        var photo = submitted.getRectifications().get(0).getPhotos().get(0);
        mvc.perform(get("/problems/" + own.getId() + "/photos/" + photo.getId())).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/problems/" + own.getId() + "/photos/" + photo.getId()).param("thumb", ""))
                .andExpect(status().isOk());
        // the photo does not belong to the other problem: not served through it
        mvc.perform(get("/problems/" + foreign.getId() + "/photos/" + photo.getId())).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("liaison")
    void aRenamedNonImageIsRefusedNextToTheFileField() throws Exception {
        MockMultipartFile fake = new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
                "%PDF-1.4 not a photo".getBytes());
        mvc.perform(multipart("/problems/" + own.getId() + "/submit").file(fake).with(csrf())
                .param("version", "" + own.getVersion()).param("text", "done"))
                .andExpect(status().isOk()).andExpect(view().name("problem/submit"))
                .andExpect(model().attributeHasFieldErrorCode("submitForm", "photos", "attachment.notAnImage"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
    }

    @Test
    @WithUserDetails("liaison")
    void evidenceNeedsText() throws Exception {
        mvc.perform(multipart("/problems/" + own.getId() + "/submit").with(csrf())
                .param("version", "" + own.getVersion()).param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("submitForm", "text"));
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.ASSIGNED);
    }

    @Test
    @WithUserDetails("office")
    void theOfficeClosesSubmittedEvidence() throws Exception {
        submitAsLiaison(own);
        mvc.perform(post("/problems/" + own.getId() + "/close").with(csrf())
                .param("version", "" + reload(own).getVersion()).param("reason", "符合要求"))
                .andExpect(redirectedUrl("/problems/" + own.getId()))
                .andExpect(flash().attribute("success", "problem.done.close"));
        Problem closed = reload(own);
        assertThat(closed.getStatus()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(closed.getAcceptedSubmittedOn()).isEqualTo(closed.getRectifications().get(0).getSubmittedOn());
        mvc.perform(get("/problems/" + own.getId())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-event=\"CLOSE\"")));
    }

    @Test
    @WithUserDetails("office")
    void returningWithoutAReasonIsShownOnTheForm() throws Exception {
        submitAsLiaison(own);
        mvc.perform(post("/problems/" + own.getId() + "/return").with(csrf())
                .param("version", "" + reload(own).getVersion()).param("reason", ""))
                .andExpect(status().isOk()).andExpect(view().name("problem/detail"))
                .andExpect(model().attributeHasFieldErrorCode("actionForm", "reason", "problem.reason.required"));
        assertThat(reload(own).getStatus()).isEqualTo(ProblemStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("office")
    void closingAProblemWithoutEvidenceIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/problems/" + own.getId() + "/close").with(csrf()).param("version", "" + own.getVersion()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("actionForm"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("form-errors")));
    }

    @Test
    @WithUserDetails("office")
    void whenTwoReviewersActAtOnceTheSecondIsToldAndChangesNothing() throws Exception {
        submitAsLiaison(own);
        long seen = reload(own).getVersion();
        // the first reviewer closes ...
        mvc.perform(post("/problems/" + own.getId() + "/close").with(csrf()).param("version", "" + seen))
                .andExpect(flash().attribute("success", "problem.done.close"));
        // ... the second, looking at the same version, returns it
        mvc.perform(post("/problems/" + own.getId() + "/return").with(csrf()).param("version", "" + seen)
                .param("reason", "照片不清楚"))
                .andExpect(redirectedUrl("/problems/" + own.getId()))
                .andExpect(flash().attribute("failure", "problem.conflict"));
        Problem p = reload(own);
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(p.getRectifications().get(0).getOutcome()).isEqualTo(RectificationOutcome.ACCEPTED);
    }

    @Test
    void twoTransactionsVerifyingTheSameVersionCannotBothCommit() {
        submitAsLiaison(own);
        long seen = reload(own).getVersion();
        TransactionTemplate first = new TransactionTemplate(transactions);
        TransactionTemplate second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> first.executeWithoutResult(tx -> {
            problems.close(office, own.getId(), seen, null);
            // meanwhile another reviewer returns it and commits first
            second.executeWithoutResult(tx2 -> problems.returnToUnit(actor("admin"), own.getId(), seen, "不到位"));
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Problem p = reload(own);
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.RETURNED);
        assertThat(p.getRectifications()).extracting(Rectification::getOutcome)
                .containsExactly(RectificationOutcome.RETURNED);
    }

    @Test
    @WithUserDetails("office")
    void bulkReassignMovesEverySelectedProblem() throws Exception {
        Problem second = raise(checkpointOf(liaison), "bulk " + UUID.randomUUID());
        Long cityUnit = foreign.getResponsibleUnit().getId();
        mvc.perform(post("/problems/bulk").with(csrf()).param("ids", "" + own.getId(), "" + second.getId())
                .param("operation", "reassign").param("unitId", "" + cityUnit).param("reason", "职责调整")
                .param("back", "/problems?scope=open"))
                .andExpect(redirectedUrl("/problems?scope=open"))
                .andExpect(flash().attribute("success", "problem.bulk.done"));
        assertThat(reload(own).getResponsibleUnit().getId()).isEqualTo(cityUnit);
        assertThat(reload(second).getResponsibleUnit().getId()).isEqualTo(cityUnit);
        assertThat(reload(second).getEvents()).extracting(ProblemEvent::getType)
                .containsExactly(ProblemEventType.ASSIGN, ProblemEventType.REASSIGN);
        mvc.perform(post("/problems/bulk").with(csrf()).param("ids", "" + own.getId())
                .param("operation", "extend").param("deadline", "2099-01-01").param("reason", ""))
                .andExpect(flash().attribute("failure", "problem.reason.required"));
    }

    @Test
    @WithUserDetails("office")
    void theListFiltersByTheUrlContract() throws Exception {
        for (String scope : List.of("assigned", "withDeadline", "closed", "due", "onTime", "overdue", "open",
                "dueSoon", "returned", "pending")) {
            mvc.perform(get("/problems").param("scope", scope).param("from", "2026-01-01").param("to", "2026-12-31")
                    .param("districtId", "" + own.getCheckpoint().getDistrict().getId()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/problems").param("categoryId", "" + own.getCheckpoint().getCategory().getId())
                .param("standardId", "1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"standardId\"")));
        MvcResult result = mvc.perform(get("/problems").param("checkpointId", "" + own.getCheckpoint().getId())
                .param("scope", "open").param("size", "500")).andExpect(status().isOk()).andReturn();
        Page<?> page = (Page<?>) result.getModelAndView().getModel().get("page");
        assertThat(page.getContent()).extracting(p -> ((Problem) p).getId()).contains(own.getId());
    }

    @Test
    @WithUserDetails("office")
    void theLedgerIsAnExcelFileWithChineseHeadersAndTheFilteredRows() throws Exception {
        MvcResult result = mvc.perform(get("/problems/export.xlsx").param("unitId",
                "" + own.getResponsibleUnit().getId())).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("交办日期");
            long expected = problems.count(office, ProblemFilter.none().withUnit(own.getResponsibleUnit().getId()));
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
            assertThat(sheet.getRow(1).getCell(9).getLocalDateTimeCellValue()).isNotNull();
        }
    }

    @Test
    @WithUserDetails("liaison")
    void theLiaisonsHomeShowsHerUnitsProblemFigures() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("card-my-problems")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("card-verification"))));
    }

    @Test
    @WithUserDetails("office")
    void theOfficesHomeShowsTheVerificationQueueAndOverdue() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"queue-pending\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"queue-overdue\"")))
                // the queues replace the cards: each figure appears once
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("card-verification"))));
        mvc.perform(get("/problems").param("page", "1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("page-link")));
    }

    @Test
    void aRefusedStepLeavesNoPhotoBehind() {
        submitAsLiaison(own);
        byte[] photo = UploadedFiles.uniquePng();
        long version = reload(own).getVersion();

        // evidence is already waiting for verification: a second submission is refused, its photo not kept
        assertThatThrownBy(() -> problems.submit(liaison, own.getId(), version, "再次提交",
                List.of(UploadedFiles.photo(photo)))).isInstanceOf(IllegalStep.class);

        assertThat(UploadedFiles.containing(uploads, photo)).isEmpty();
    }

    @Test
    void aPhotoOfAcceptedEvidenceIsKeptAndServedWithItsProblem() throws Exception {
        byte[] photo = UploadedFiles.uniquePng();
        problems.submit(liaison, own.getId(), reload(own).getVersion(), "已整改", List.of(UploadedFiles.photo(photo)));

        assertThat(UploadedFiles.containing(uploads, photo)).hasSize(1);
        Long attachmentId = reload(own).getRectifications().get(0).getPhotos().get(0).getId();
        assertThat(reload(own).getEvents().get(1).getPhotos()).extracting(a -> a.getId()).containsExactly(attachmentId);
        assertThat(problems.photo(office, own.getId(), attachmentId, false).mediaType().toString())
                .isEqualTo("image/png");
    }

    void submitAsLiaison(Problem p) {
        problems.submit(liaison, p.getId(), reload(p).getVersion(), "已整改", UploadedFiles.afterPhoto());
    }
}

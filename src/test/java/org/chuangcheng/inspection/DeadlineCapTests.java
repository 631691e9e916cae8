package org.chuangcheng.inspection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.DeadlinePolicy;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A free-form problem gets at most its class's working days: 2099-12-31 is refused with a field message. */
class DeadlineCapTests extends AbstractIntegrationTests {

    @Autowired
    InspectionManagement inspections;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DeadlinePolicy deadlines;
    @Autowired
    UserDetailsService users;

    @Test
    void aDeadlineBeyondTheClassIsAFieldMessageAndOneWithinItIsKept() throws Exception {
        Actor inspector = accounts.findByUsername("inspector").orElseThrow().toActor();
        Checkpoint market = checkpoints.search(accounts.findByUsername("liaison").orElseThrow().toActor(),
                new CheckpointFilter(null, null, null, null, false), PageRequest.of(0, 1)).getContent().get(0);
        Map<Long, ItemResult> passed = new HashMap<>();
        catalog.checklist(market.getCategory().getId()).forEach(s -> passed.put(s.getId(), ItemResult.PASS));
        Inspection done = inspections.create(inspector, market.getId(), new InspectionRecord(InspectionType.SPECIAL,
                Instant.now(), "赵督查", null, null, null, passed, Map.of()), List.of(), true);

        mvc.perform(multipart("/inspections/" + done.getId() + "/problems").with(user(users.loadUserByUsername("inspector")))
                        .with(csrf()).param("description", "围挡破损").param("severity", "GENERAL")
                        .param("deadline", "2099-12-31"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("problemForm", "deadline", "problem.deadline.beyondClass"));

        String latest = deadlines.defaultDeadline(ProblemSeverity.GENERAL, deadlines.today()).toString();
        mvc.perform(multipart("/inspections/" + done.getId() + "/problems").with(user(users.loadUserByUsername("inspector")))
                        .with(csrf()).param("description", "围挡破损").param("severity", "GENERAL")
                        .param("deadline", latest))
                .andExpect(redirectedUrlPattern("/problems/*"));
    }
}

package org.chuangcheng.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An unfinished inspection is its author's: only she and the office see it, in lists and by address. */
class DraftVisibilityTests extends AbstractIntegrationTests {

    @Autowired
    InspectionManagement inspections;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    @ParameterizedTest
    @CsvSource({"inspector,200", "office,200", "admin,200", "inspector2,404", "liaison,404", "leader,404"})
    void aDraftIsSeenOnlyByItsAuthorAndTheOffice(String username, int expected) throws Exception {
        Actor liaison = actor("liaison");
        Checkpoint market = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        Inspection draft = inspections.create(actor("inspector"), market.getId(), new InspectionRecord(
                InspectionType.ROUTINE, Instant.now(), "赵督查", null, null, null, Map.of(), Map.of()), List.of(), false);
        var as = user(users.loadUserByUsername(username));

        mvc.perform(get("/inspections/" + draft.getId()).with(as)).andExpect(status().is(expected));
        if (List.of("inspector", "office", "admin", "inspector2").contains(username)) {
            mvc.perform(get("/inspections/" + draft.getId() + "/edit").with(as)).andExpect(status().is(expected));
        }
        var page = inspections.search(actor(username), new InspectionFilter(market.getId(), null, null, null, null, null),
                PageRequest.of(0, 100, org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")));
        assertThat(page.getContent()).extracting(Inspection::getId)
                .as("the list of %s", username).matches(ids -> ids.contains(draft.getId()) == (expected == 200));
    }
}

package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The office sets the escalation ladder: each level later than the one before, in range, never half-saved. */
class EscalationSettingsWebTests extends AbstractIntegrationTests {

    @Autowired
    EscalationSettingsStore store;

    @AfterEach
    void restoreDefaults() {
        EscalationSettings settings = store.current();
        settings.change(1, 3, 5, 2, 2);
        store.saveAndFlush(settings);
    }

    @Test
    @WithUserDetails("office")
    void theOfficeChangesTheLadder() throws Exception {
        mvc.perform(ladder(2, 4, 7, 3, 1)).andExpect(redirectedUrl("/notifications/settings"));

        EscalationSettings saved = store.current();
        assertThat(saved.getLiaisonAfter()).isEqualTo(2);
        assertThat(saved.getHeadAfter()).isEqualTo(4);
        assertThat(saved.getOfficeAfter()).isEqualTo(7);
        assertThat(saved.getDueSoonDays()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("office")
    void aLevelNotLaterThanTheOneBeforeIsRefusedNextToItsField() throws Exception {
        mvc.perform(ladder(3, 3, 5, 2, 2)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "headAfter"));
        mvc.perform(ladder(1, 4, 4, 2, 2)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "officeAfter"));
        assertThat(store.current().getHeadAfter()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("office")
    void numbersOutOfRangeOrMissingAreFieldErrors() throws Exception {
        mvc.perform(ladder(0, 3, 61, -1, 2)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "liaisonAfter", "officeAfter", "dueSoonDays"));
        mvc.perform(post("/notifications/settings").with(csrf()).param("version", "" + store.current().getVersion())
                        .param("liaisonAfter", "abc"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "liaisonAfter", "headAfter"));
    }

    @Test
    @WithUserDetails("office")
    void aStaleFormIsAConflict() throws Exception {
        mvc.perform(post("/notifications/settings").with(csrf()).param("version", "" + (store.current().getVersion() - 1))
                        .param("liaisonAfter", "1").param("headAfter", "2").param("officeAfter", "3")
                        .param("dueSoonDays", "2").param("monthClosingDays", "2"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonMayNotChangeIt() throws Exception {
        mvc.perform(ladder(2, 4, 6, 2, 2)).andExpect(status().isForbidden());
        assertThat(store.current().getLiaisonAfter()).isEqualTo(1);
    }

    MockHttpServletRequestBuilder ladder(int liaison, int head, int office, int dueSoon, int month) {
        return post("/notifications/settings").with(csrf()).param("version", "" + store.current().getVersion())
                .param("liaisonAfter", "" + liaison).param("headAfter", "" + head).param("officeAfter", "" + office)
                .param("dueSoonDays", "" + dueSoon).param("monthClosingDays", "" + month);
    }
}

package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bell and the list: each person sees, opens and marks only her own notifications. */
class NotificationWebTests extends AbstractIntegrationTests {

    @Autowired
    Notifier notifier;
    @Autowired
    Notifications notifications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    NotificationManagement management;
    @Autowired
    org.chuangcheng.notification.web.NotificationBell bell;

    Account alice;
    Account bob;

    @BeforeEach
    void twoPeople() {
        alice = accounts.create("n-a-" + UUID.randomUUID().toString().substring(0, 8), "Demo@2026x", "督查员甲",
                Role.INSPECTOR, null, null);
        bob = accounts.create("n-b-" + UUID.randomUUID().toString().substring(0, 8), "Demo@2026x", "督查员乙",
                Role.INSPECTOR, null, null);
    }

    @Test
    void theBellCountsOnlyMyUnreadNotifications() throws Exception {
        send(alice, "甲的第一条");
        send(alice, "甲的第二条");
        send(bob, "乙的一条");

        mvc.perform(get("/notifications/count").with(as(alice))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-unread=\"2\"")));
        mvc.perform(get("/notifications/count").with(as(bob)))
                .andExpect(content().string(Matchers.containsString("data-unread=\"1\"")));
    }

    @Test
    void everyPageBringsTheBellsCountWithItAndOnlyTheTimerAsksAgain() throws Exception {
        send(alice, "随页面带来");
        send(alice, "随页面带来二");

        String page = mvc.perform(get("/notifications/preferences").with(as(alice))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String badge = page.substring(page.indexOf("id=\"nav-bell-count\""));
        badge = badge.substring(0, badge.indexOf('>'));
        assertThat(badge).contains("data-unread=\"2\"", "hx-trigger=\"every 120s\"").doesNotContain("d-none");
        assertThat(page).doesNotContain("hx-trigger=\"load\"");
    }

    @Test
    void theBellSaysNinetyNinePlusBeyondNinetyNine() throws Exception {
        for (int i = 0; i < 105; i++) {
            send(alice, "很多条" + i);
        }

        mvc.perform(get("/notifications").with(as(alice)))
                .andExpect(content().string(Matchers.containsString(">99+</span>")))
                .andExpect(content().string(Matchers.containsString("data-unread=\"" + NotificationManagement.UNREAD_CAP + "\"")));
    }

    @Test
    void theCountIsTakenOnceARequestHoweverOftenThePageAsks() {
        send(alice, "一次");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        users.loadUserByUsername(alice.getUsername()), null, List.of()));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest()));
        try {
            assertThat(bell.unread()).isEqualTo(1);
            send(alice, "同一请求中新到");
            assertThat(bell.unread()).as("the same request: counted once").isEqualTo(1);

            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                    new org.springframework.web.context.request.ServletRequestAttributes(
                            new org.springframework.mock.web.MockHttpServletRequest()));
            assertThat(bell.unread()).as("the next request counts again").isEqualTo(2);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theListShowsOnlyMineNewestFirst() throws Exception {
        send(alice, "较早的提醒");
        send(alice, "较新的提醒");
        send(bob, "别人的提醒");

        String page = mvc.perform(get("/notifications").with(as(alice))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("较新的提醒", "较早的提醒").doesNotContain("别人的提醒");
        assertThat(page.indexOf("较新的提醒")).isLessThan(page.indexOf("较早的提醒"));
    }

    @Test
    void nobodyOpensOrMarksAnothersNotification() throws Exception {
        Long bobs = send(bob, "乙的私信");

        mvc.perform(get("/notifications/" + bobs).with(as(alice))).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + bobs + "/read").with(as(alice)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(as(alice)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(notifications.findById(bobs).orElseThrow().isRead()).isFalse();
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsRecord() throws Exception {
        Long id = send(alice, "去看问题");

        mvc.perform(get("/notifications/" + id).with(as(alice))).andExpect(redirectedUrl("/problems/4242"));

        assertThat(notifications.findById(id).orElseThrow().isRead()).isTrue();
        assertThat(notifications.countByRecipientIdAndReadAtIsNull(alice.getId())).isZero();
    }

    @Test
    void markingOneOrAllReadTouchesOnlyMine() throws Exception {
        Long first = send(alice, "一");
        send(alice, "二");
        Long bobs = send(bob, "三");

        mvc.perform(post("/notifications/" + first + "/read").with(as(alice)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.countByRecipientIdAndReadAtIsNull(alice.getId())).isEqualTo(1);

        mvc.perform(post("/notifications/read-all").with(as(alice)).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.countByRecipientIdAndReadAtIsNull(alice.getId())).isZero();
        assertThat(notifications.findById(bobs).orElseThrow().isRead()).isFalse();
    }

    @Test
    void aDigestOpensAsAPageOfItsOwn() throws Exception {
        notifier.send(List.of(alice.getId()), new Notice(NotificationKind.DAILY_DIGEST, 1L, UUID.randomUUID().toString(),
                "市场监管局", null, 0, "期限将至：\n· 摊位占道"));
        Long id = notifications.findByRecipientIdAndKindOrderById(alice.getId(), NotificationKind.DAILY_DIGEST).get(0)
                .getId();

        mvc.perform(get("/notifications/" + id).with(as(alice))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("摊位占道")));
    }

    @Test
    void sendingTheSameNoticeTwiceWritesItOnce() {
        Notice notice = Notice.of(NotificationKind.PROBLEM_RETURNED, 77L, "2026-03-02", "重复", null);

        assertThat(notifier.send(List.of(alice.getId(), bob.getId()), notice)).isEqualTo(2);
        assertThat(notifier.send(List.of(alice.getId(), bob.getId()), notice)).isZero();
        assertThat(notifications.countByRecipientIdAndReadAtIsNull(alice.getId())).isEqualTo(1);
    }

    @Test
    void preferencesNeedAnAddressForEmailAndAreOnesOwn() throws Exception {
        mvc.perform(post("/notifications/preferences").with(as(alice)).with(csrf()).param("version", "0")
                        .param("byEmail", "true").param("email", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "email"));
        mvc.perform(post("/notifications/preferences").with(as(alice)).with(csrf()).param("version", "0")
                        .param("email", "not-an-address"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "email"));
        mvc.perform(post("/notifications/preferences").with(as(alice)).with(csrf()).param("version", "0")
                        .param("byEmail", "true").param("email", "alice@example.org").param("quietFrom", "22:00")
                        .param("quietUntil", "07:00"))
                .andExpect(redirectedUrl("/notifications/preferences"));

        NotificationPreferences saved = management.preferences(alice.toActor());
        assertThat(saved.getEmail()).isEqualTo("alice@example.org");
        assertThat(saved.isQuietAt(java.time.LocalTime.of(23, 0))).isTrue();
        assertThat(saved.isQuietAt(java.time.LocalTime.of(9, 0))).isFalse();
        assertThat(management.preferences(bob.toActor()).getEmail()).isNull();
    }

    Long send(Account to, String subject) {
        notifier.send(List.of(to.getId()), Notice.of(NotificationKind.PROBLEM_ASSIGNED, 4242L, UUID.randomUUID(),
                subject, null));
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(to.getId(),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId();
    }

    RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.getUsername()));
    }
}

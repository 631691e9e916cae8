package org.chuangcheng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A citizen's report from the public page to the reply she reads, and the office's review around it:
 * rejection, merging duplicates, routing, rewards that cannot be gamed, the per-address limit.
 */
@EnableScenarios
class CitizenReportFlowTests extends AbstractIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    CitizenReportManagement reports;
    @Autowired
    RewardManagement rewardLedger;
    @Autowired
    CitizenReports repository;
    @Autowired
    Rewards rewards;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    Actor office;
    Actor liaison;
    Actor leader;
    Checkpoint checkpoint;

    @BeforeEach
    void actors() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        leader = accounts.findByUsername("leader").orElseThrow().toActor();
        checkpoint = checkpoints.search(liaison, CheckpointFilter.none(), PageRequest.of(0, 1)).getContent().get(0);
    }

    @Test
    void aReportFromThePublicPageReachesTheUnitAndTheCitizenReadsTheReply(Scenario scenario) throws Exception {
        String phone = randomPhone();
        MvcResult sent = mvc.perform(multipart("/report")
                        .file(new MockMultipartFile("photos", "scene.png", "image/png", UploadedFiles.uniquePng()))
                        .param("categoryId", category("garbage").getId().toString())
                        .param("description", "小区门口垃圾堆放三天无人清运")
                        .param("address", "解放路 12 号")
                        .param("checkpointId", checkpoint.getId().toString())
                        .param("phone", phone)
                        .param("website", "")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/report/submitted"))
                .andReturn();
        String ticket = (String) sent.getFlashMap().get("ticket");
        assertThat(ticket).matches("R\\d{6}-[2-9A-Z]{6}");
        CitizenReport report = repository.findByTicket(ticket).orElseThrow();
        assertThat(reports.get(office, report.getId()).getPhotoIds()).hasSize(1);
        assertThat(statusPage(ticket, phone.substring(7))).contains("待审核").doesNotContain(phone);
        assertThat(statusPage(ticket, "0000")).contains("没有找到");

        reports.accept(office, report.getId(), report.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, report.getId(), version(report), checkpoint.getId(), null);
        Problem problem = problems.get(office, dispatched.getProblemId());
        assertThat(problem.getOrigin()).isEqualTo(ProblemOrigin.CITIZEN_REPORT);
        assertThat(problem.getResponsibleUnit().getId()).isEqualTo(checkpoint.getResponsibleUnit().getId());
        assertThat(problem.getDeadline()).isEqualTo(reports.handlingDeadline(report.getCategory(), problem.getAssignedOn()));
        assertThat(problem.getEvents().get(0).getPhotos()).hasSize(1);

        problems.submit(liaison, problem.getId(), problem.getVersion(), "已清运", UploadedFiles.afterPhoto());
        scenario.stimulate(() -> problems.close(office, problem.getId(), problems.get(office, problem.getId())
                        .getVersion(), null))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> repository.findById(report.getId()).orElseThrow().getStatus(),
                        s -> s == ReportStatus.RESOLVED)
                .andVerify(s -> assertThat(s).isEqualTo(ReportStatus.RESOLVED));

        CitizenReport resolved = repository.findById(report.getId()).orElseThrow();
        assertThat(resolved.getReplyDue()).isNotNull();
        reports.reply(office, report.getId(), resolved.getVersion(), "已清运完毕，感谢您的监督！");
        CitizenReport replied = repository.findById(report.getId()).orElseThrow();
        assertThat(replied.getStatus()).isEqualTo(ReportStatus.REPLIED);
        assertThat(replied.getRepliedOnTime()).isTrue();
        assertThat(statusPage(ticket, phone.substring(7))).contains("已清运完毕，感谢您的监督！").contains("已回复");

        Reward reward = rewards.findByReportId(report.getId()).orElseThrow();
        assertThat(reward.getStatus()).isEqualTo(RewardStatus.DUE);
        assertThat(reward.getAmount()).isEqualByComparingTo("8.00");

        String resolvedList = mvc.perform(get("/report/resolved")).andReturn().getResponse().getContentAsString();
        assertThat(resolvedList).contains("小区门口垃圾堆放三天无人清运").doesNotContain(phone)
                .doesNotContain(PhoneNumbers.mask(phone));
    }

    @Test
    void theStatusPageShowsTheAfterPhotoOnceHandled(Scenario scenario) throws Exception {
        String phone = randomPhone();
        CitizenReport report = submit("graffiti", "桥洞墙面乱涂乱画", phone, null, null);
        reports.accept(office, report.getId(), report.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, report.getId(), version(report), checkpoint.getId(), null);
        Problem problem = problems.get(office, dispatched.getProblemId());
        problems.submit(liaison, problem.getId(), problem.getVersion(), "已粉刷", UploadedFiles.afterPhoto());
        assertThat(statusPage(report.getTicket(), phone.substring(7))).as("not before the problem is closed")
                .doesNotContain("report-after-photos");

        scenario.stimulate(() -> problems.close(office, problem.getId(), problems.get(office, problem.getId())
                        .getVersion(), null))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> repository.findById(report.getId()).orElseThrow().getStatus(),
                        s -> s == ReportStatus.RESOLVED)
                .andVerify(s -> assertThat(s).isEqualTo(ReportStatus.RESOLVED));

        String page = statusPage(report.getTicket(), phone.substring(7));
        assertThat(page).contains("id=\"report-after-photos\"", "整改后照片", "src=\"data:image/");
        assertThat(statusPage(report.getTicket(), "0000")).doesNotContain("report-after-photos");
    }

    @Test
    void personalDataInAReportsTextIsMaskedOnPublicPagesAndOpen311ButNotForTheOffice(Scenario scenario) throws Exception {
        String phone = randomPhone();
        String written = "鄂A12345天天停在盲道上，车主电话13812345678，身份证420102199003071234";
        CitizenReport report = submit("garbage", written, phone, null, null);
        reports.accept(office, report.getId(), report.getVersion(), null);
        resolve(scenario, report, "已处理");
        reports.reply(office, report.getId(), version(report), "已联系车主（13812345678）挪车");

        String masked = "鄂A***45天天停在盲道上，车主电话138****5678，身份证420***********1234";
        String resolvedList = mvc.perform(get("/report/resolved")).andReturn().getResponse().getContentAsString();
        String status = statusPage(report.getTicket(), phone.substring(7));
        String open311 = mvc.perform(get("/open311/v2/requests/" + report.getTicket() + ".json")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String page : List.of(resolvedList, status, open311)) {
            assertThat(page).contains(masked).doesNotContain("13812345678", "420102199003071234", "鄂A12345");
        }
        assertThat(status).contains("已联系车主（138****5678）挪车");
        assertThat(open311).contains("已联系车主（138****5678）挪车");

        String office = mvc.perform(get("/reports/" + report.getId()).with(user(users.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(office).contains(written);
    }

    @Test
    void aReportMergedIntoAnInspectionsProblemReadsTheReplyWhenItIsClosed(Scenario scenario) throws Exception {
        Problem found = problems.raise(office, new org.chuangcheng.problem.NewProblem(checkpoint.getId(), null, null,
                "督查发现：绿化带内堆放建筑垃圾", org.chuangcheng.problem.ProblemSeverity.GENERAL,
                checkpoint.getResponsibleUnit().getId(), null), List.of());
        String phone = randomPhone();
        CitizenReport report = submit("garbage", "绿化带里有建筑垃圾", phone, null, null);
        reports.mergeIntoProblem(office, report.getId(), report.getVersion(), found.getId());
        problems.submit(liaison, found.getId(), problems.get(office, found.getId()).getVersion(), "已清运",
                UploadedFiles.afterPhoto());

        scenario.stimulate(() -> problems.close(office, found.getId(), problems.get(office, found.getId())
                        .getVersion(), null))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> repository.findById(report.getId()).orElseThrow().getReply(),
                        java.util.Objects::nonNull)
                .andVerify(reply -> assertThat(reply).contains("督查发现的问题是同一处", "销号"));

        CitizenReport merged = repository.findById(report.getId()).orElseThrow();
        assertThat(merged.getStatus()).isEqualTo(ReportStatus.MERGED);
        assertThat(merged.getRepliedAt()).isNotNull();
        assertThat(rewards.findByReportId(report.getId())).as("a merged report earns nothing").isEmpty();
        String page = statusPage(report.getTicket(), phone.substring(7));
        assertThat(page).contains("id=\"report-reply\"", "督查发现的问题是同一处", "id=\"report-after-photos\"");
    }

    @Test
    void aRejectedReportShowsItsReasonAndEarnsNothing() throws Exception {
        String phone = randomPhone();
        CitizenReport report = submit("garbage", "重复提交的照片", phone, null, null);
        reports.reject(office, report.getId(), report.getVersion(), RejectReason.INVALID, "照片看不清");
        assertThat(statusPage(report.getTicket(), phone.substring(7))).contains("不予受理：无效信息");
        assertThatThrownBy(() -> reports.accept(office, report.getId(), version(report), null))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(rewards.findByReportId(report.getId())).isEmpty();
    }

    @Test
    void onlyTheOfficeReviewsAndLiaisonsDoNotRead() {
        CitizenReport report = submit("garbage", "只有创城办审核", null, null, null);
        assertThatThrownBy(() -> reports.accept(leader, report.getId(), report.getVersion(), null))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> reports.get(liaison, report.getId())).isInstanceOf(NotPermitted.class);
        assertThat(reports.get(leader, report.getId()).getTicket()).isEqualTo(report.getTicket());
    }

    @Test
    void duplicatesNearbyAreSuggestedAndAMergedReportFollowsWithoutAReward(Scenario scenario) {
        BigDecimal lat = new BigDecimal("30.").add(BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999), 6));
        BigDecimal lng = new BigDecimal("114.300000");
        String firstPhone = randomPhone();
        String secondPhone = randomPhone();
        CitizenReport first = submit("tangled-cables", "电线杆上线缆缠成蜘蛛网", firstPhone, lat, lng);
        // about 30 m further north
        CitizenReport second = submit("tangled-cables", "同一处线缆杂乱", secondPhone, lat.add(new BigDecimal("0.000270")), lng);
        CitizenReport farAway = submit("tangled-cables", "另一处线缆", randomPhone(), lat.add(new BigDecimal("0.010000")), lng);

        DuplicateCandidates candidates = reports.duplicates(office, second.getId());
        assertThat(candidates.reports()).extracting(n -> n.report().getId()).contains(first.getId())
                .doesNotContain(farAway.getId());
        assertThat(candidates.reports().stream().filter(n -> n.report().getId().equals(first.getId())).findFirst()
                .orElseThrow().metres()).isBetween(25, 35);

        reports.mergeInto(office, second.getId(), second.getVersion(), first.getId());
        reports.accept(office, first.getId(), first.getVersion(), null);
        resolve(scenario, first, "已整理线缆");
        reports.reply(office, first.getId(), version(first), "线缆已整理");

        CitizenReport merged = repository.findById(second.getId()).orElseThrow();
        assertThat(merged.getStatus()).isEqualTo(ReportStatus.MERGED);
        assertThat(merged.getReply()).isEqualTo("线缆已整理");
        assertThat(rewards.findByReportId(first.getId())).isPresent();
        assertThat(rewards.findByReportId(second.getId())).as("a duplicate earns nothing").isEmpty();
    }

    @Test
    void aRoutingRuleSendsTheCategoryInTheDistrictToItsUnitElseTheCheckpointsUnit() {
        ReportCategory vending = category("street-vending");
        ReportCategory dogs = category("uncivil-dog-keeping");
        Long otherUnit = accounts.findByUsername("liaison2").orElseThrow().getUnitId();
        reports.setRule(office, vending.getId(), checkpoint.getDistrict().getId(), otherUnit);
        try {
            assertThat(reports.route(vending.getId(), checkpoint)).isEqualTo(new Route(otherUnit, Route.Basis.RULE));
            assertThat(reports.route(dogs.getId(), checkpoint))
                    .isEqualTo(new Route(checkpoint.getResponsibleUnit().getId(), Route.Basis.CHECKPOINT));
            CitizenReport report = submit("street-vending", "流动摊贩占道", null, null, null);
            reports.accept(office, report.getId(), report.getVersion(), null);
            CitizenReport dispatched = reports.dispatch(office, report.getId(), version(report), checkpoint.getId(), null);
            assertThat(problems.get(office, dispatched.getProblemId()).getResponsibleUnit().getId()).isEqualTo(otherUnit);
        } finally {
            reports.routingRules(office).stream().filter(r -> r.getCategoryId().equals(vending.getId()))
                    .forEach(r -> reports.deleteRule(office, r.getId()));
        }
    }

    @Test
    void aReportNotYetVerifiedEarnsNothingAndAPhoneStopsAtTheMonthlyCap() {
        String phone = randomPhone();
        CitizenReport pending = submit("broken-facility", "路灯不亮", phone, null, null);
        reports.accept(office, pending.getId(), pending.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, pending.getId(), version(pending), checkpoint.getId(), null);
        Problem problem = problems.get(office, dispatched.getProblemId());
        problems.submit(liaison, problem.getId(), problem.getVersion(), "已修复", UploadedFiles.afterPhoto());
        assertThat(rewards.findByReportId(pending.getId())).as("evidence not yet verified").isEmpty();

        // the cap is 100 a month: ten rewards of 10 reach it, the eleventh is refused with the reason
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 11; i++) {
            CitizenReport r = submit("broken-facility", "设施损坏 " + i, phone, null, null);
            reports.accept(office, r.getId(), r.getVersion(), null);
            CitizenReport d = reports.dispatch(office, r.getId(), version(r), checkpoint.getId(), null);
            reports.problemClosed(d.getProblemId(), java.time.Instant.now());
        }
        List<Reward> phoneRewards = rewards.findAll().stream().filter(w -> w.getPhone().equals(phone)).toList();
        assertThat(phoneRewards).hasSize(11);
        assertThat(phoneRewards.stream().filter(w -> w.getStatus() == RewardStatus.DUE)).hasSize(10);
        assertThat(phoneRewards.stream().filter(w -> w.getStatus() == RewardStatus.REFUSED).findFirst().orElseThrow()
                .getReason()).contains("100");
        assertThat(rewards.earned(phone, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1)))
                .isEqualByComparingTo("100");
    }

    @Test
    void anAddressThatSentTooManyIsRefusedAndKeepsWhatWasTyped() throws Exception {
        String address = "10.77." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        for (int i = 0; i < 5; i++) {
            reports.submit(new NewReport(category("graffiti").getId(), "小广告 " + i,
                    new ReportPlace("人民路", null, null, null), null), List.of(), address, ReportSource.WEB);
        }
        String page = mvc.perform(multipart("/report")
                        .param("categoryId", category("graffiti").getId().toString())
                        .param("description", "第六条小广告举报")
                        .param("address", "人民路 8 号")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("提交太频繁了").contains("第六条小广告举报").contains("人民路 8 号");
    }

    @Test
    void aBotFillingTheHoneypotIsRefusedAndNothingIsStored() throws Exception {
        long before = repository.count();
        mvc.perform(multipart("/report")
                        .param("categoryId", category("graffiti").getId().toString())
                        .param("description", "bot text")
                        .param("address", "somewhere")
                        .param("website", "http://spam.example")
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void thePublicFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(multipart("/report").param("description", "no token")).andExpect(status().isForbidden());
    }

    @Test
    void phonesAreMaskedInTheOfficeListAndShownInFullOnlyToTheOffice() throws Exception {
        String phone = randomPhone();
        CitizenReport report = submit("graffiti", "墙上乱涂乱画", phone, null, null);
        String list = mvc.perform(get("/reports").with(user(users.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(PhoneNumbers.mask(phone)).doesNotContain(phone);
        String officeDetail = mvc.perform(get("/reports/" + report.getId())
                .with(user(users.loadUserByUsername("office")))).andReturn().getResponse().getContentAsString();
        assertThat(officeDetail).contains(phone);
        String leaderDetail = mvc.perform(get("/reports/" + report.getId())
                .with(user(users.loadUserByUsername("leader")))).andReturn().getResponse().getContentAsString();
        assertThat(leaderDetail).contains(PhoneNumbers.mask(phone)).doesNotContain(phone);
    }

    @Test
    void theFiguresAddUpToAHandCount(Scenario scenario) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        ReportFigures before = statistics.figures(today, today);
        String phone = randomPhone();
        CitizenReport a = submit("garbage", "统计 A", phone, null, null);
        CitizenReport b = submit("garbage", "统计 B", phone, null, null);
        CitizenReport c = submit("garbage", "统计 C", null, null, null);
        reports.reject(office, c.getId(), c.getVersion(), RejectReason.OUT_OF_SCOPE, null);
        reports.accept(office, b.getId(), b.getVersion(), null);
        reports.accept(office, a.getId(), a.getVersion(), null);
        CitizenReport d = reports.dispatch(office, a.getId(), version(a), checkpoint.getId(), null);
        reports.problemClosed(d.getProblemId(), java.time.Instant.now());
        reports.reply(office, a.getId(), version(a), "已处理");

        ReportFigures after = statistics.figures(today, today);
        assertThat(after.reports() - before.reports()).isEqualTo(3);
        assertThat(after.accepted() - before.accepted()).isEqualTo(2);
        assertThat(after.dispatched() - before.dispatched()).isEqualTo(1);
        assertThat(after.resolved() - before.resolved()).isEqualTo(1);
        assertThat(after.replied() - before.replied()).isEqualTo(1);
        assertThat(after.repliedOnTime() - before.repliedOnTime()).isEqualTo(1);
        assertThat(after.reporters() - before.reporters()).isEqualTo(1);
        assertThat(after.rewardedReporters() - before.rewardedReporters()).isEqualTo(1);
        assertThat(after.rewardAmount().subtract(before.rewardAmount())).isEqualByComparingTo("8.00");
    }

    @Autowired
    ReportStatistics statistics;

    /** Dispatches an accepted report to the checkpoint's unit, which answers with an after photo; the office closes. */
    Problem resolve(Scenario scenario, CitizenReport report, String evidence) {
        CitizenReport dispatched = reports.dispatch(office, report.getId(), version(report), checkpoint.getId(), null);
        Problem problem = problems.get(office, dispatched.getProblemId());
        problems.submit(liaison, problem.getId(), problem.getVersion(), evidence, UploadedFiles.afterPhoto());
        scenario.stimulate(() -> problems.close(office, problem.getId(), problems.get(office, problem.getId())
                        .getVersion(), null))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> repository.findById(report.getId()).orElseThrow().getStatus(),
                        s -> s == ReportStatus.RESOLVED)
                .andVerify(s -> assertThat(s).isEqualTo(ReportStatus.RESOLVED));
        return problem;
    }

    String statusPage(String ticket, String lastFour) throws Exception {
        return mvc.perform(post("/report/status").param("ticket", ticket.toLowerCase()).param("lastFour", lastFour)
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    CitizenReport submit(String code, String description, String phone, BigDecimal lat, BigDecimal lng) {
        return reports.submit(new NewReport(category(code).getId(), description,
                new ReportPlace(lat == null ? "解放路" : null, lat, lng, null), phone), List.of(), null, ReportSource.WEB);
    }

    ReportCategory category(String code) {
        return reports.categoryByCode(code).orElseThrow();
    }

    long version(CitizenReport report) {
        return repository.findById(report.getId()).orElseThrow().getVersion();
    }

    static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void timeLimitsCountWorkingDaysAcrossTheSpringFestival() {
        // 2026-02-15..23 off, Saturday 2026-02-14 worked (调休)
        LocalDate fridayBefore = LocalDate.of(2026, 2, 13);
        ReportCategory graffiti = category("graffiti");
        assertThat(graffiti.getHandlingDays()).isEqualTo(3);
        assertThat(reports.handlingDeadline(graffiti, fridayBefore)).isEqualTo("2026-02-25");
        assertThat(reports.replyDue(graffiti, fridayBefore)).isEqualTo("2026-02-24");
        assertThat(reports.handlingDeadline(category("street-vending"), LocalDate.of(2026, 2, 14))).isEqualTo("2026-02-24");
    }

    @Test
    void aReplyAfterItsTimeLimitCountsAsLate() {
        CitizenReport report = submit("graffiti", "迟到的回复", null, null, null);
        reports.accept(office, report.getId(), report.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, report.getId(), version(report), checkpoint.getId(), null);
        reports.problemClosed(dispatched.getProblemId(), java.time.Instant.now().minus(Duration.ofDays(14)));
        reports.reply(office, report.getId(), version(report), "已清理");
        CitizenReport replied = repository.findById(report.getId()).orElseThrow();
        assertThat(replied.getReplyDue()).isBefore(LocalDate.now());
        assertThat(replied.getRepliedOnTime()).isFalse();
    }
}

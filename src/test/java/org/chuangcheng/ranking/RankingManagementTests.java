package org.chuangcheng.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Closing freezes a month; reopening and re-closing keep both editions; stale and foreign actions refused. */
class RankingManagementTests extends AbstractIntegrationTests {

    static final YearMonth MONTH = YearMonth.of(2016, 5);

    @Autowired
    RankingManagement rankings;

    @Autowired
    JdbcTemplate jdbc;

    RateFixture fixture;
    Actor office;
    Actor admin;
    Actor leader;
    long good;
    long poor;
    long goodCheckpoint;
    RankingSettings original;

    @BeforeEach
    void setUp() {
        office = actor("office", Role.OFFICE);
        admin = actor("admin", Role.ADMIN);
        leader = actor("leader", Role.LEADER);
        original = rankings.settings();
        fixture = new RateFixture(jdbc);
        long district = fixture.district("排名区");
        long category = fixture.category("cat");
        good = fixture.unit("好单位");
        poor = fixture.unit("差单位");
        goodCheckpoint = fixture.checkpoint(category, district, good);
        long poorCheckpoint = fixture.checkpoint(category, district, poor);
        LocalDate assigned = LocalDate.of(2016, 5, 3);
        LocalDate deadline = LocalDate.of(2016, 5, 10);
        // good: 10 with a deadline, 9 closed on time; poor: 10, 4 closed on time, 6 overdue
        fixture.problems(9, goodCheckpoint, null, good, "CLOSED", assigned, deadline, deadline);
        fixture.problems(1, goodCheckpoint, null, good, "ASSIGNED", assigned, deadline, null);
        fixture.problems(4, poorCheckpoint, null, poor, "CLOSED", assigned, deadline, deadline);
        fixture.problems(6, poorCheckpoint, null, poor, "ASSIGNED", assigned, deadline, null);
    }

    @AfterEach
    void tearDown() {
        jdbc.update("delete from ranking_entries where edition_id in (select id from ranking_editions where month like '2016-%')");
        jdbc.update("delete from ranking_editions where month like '2016-%'");
        jdbc.update("update ranking_settings set min_sample = ?, weight_rectification = ?, weight_on_time = ?, "
                + "weight_compliance = ?, weight_tasks = ?, weight_visits = ?, weight_reports = ?", original.minSample(),
                original.weight(RankingComponent.RECTIFICATION), original.weight(RankingComponent.ON_TIME),
                original.weight(RankingComponent.COMPLIANCE), original.weight(RankingComponent.TASKS),
                original.weight(RankingComponent.VISITS), original.weight(RankingComponent.REPORTS));
        fixture.delete();
    }

    Actor actor(String username, Role role) {
        Long id = jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
        return new Actor(id, username, username, role, null);
    }

    RankingEntry entry(MonthlyRanking ranking, long unitId) {
        return ranking.entries().stream().filter(e -> e.unitId() == unitId).findFirst().orElseThrow();
    }

    @Test
    void theLiveRankingScoresAndRanksUnitsWithinTheirType() {
        MonthlyRanking live = rankings.ranking(leader, MONTH, null);

        assertThat(live.isLive()).isTrue();
        // rectification 90, on time 90 (compliance and tasks: too few) -> 90.00; poor: 40 -> 40.00
        assertThat(entry(live, good).score()).isEqualByComparingTo("90.00");
        assertThat(entry(live, good).rank()).isEqualTo(1);
        assertThat(entry(live, poor).score()).isEqualByComparingTo("40.00");
        assertThat(entry(live, poor).rank()).isEqualTo(2);
        assertThat(entry(live, good).isInsufficient(RankingComponent.COMPLIANCE)).isTrue();
    }

    @Test
    void visitsAndCitizenReportsWeightedByAnAdministratorChangeTheOrder() {
        long poorCheckpoint = jdbc.queryForObject("select id from checkpoints where responsible_unit_id = ?", Long.class, poor);
        long leaderId = leader.accountId();
        fixture.pair(goodCheckpoint, leaderId);
        fixture.pair(poorCheckpoint, leaderId);
        // the poor unit's checkpoint was visited in May and its citizen reports resolved; the good unit's neither
        fixture.visit(poorCheckpoint, leaderId, LocalDate.of(2016, 5, 20));
        LocalDate day = LocalDate.of(2016, 5, 12);
        fixture.citizenReport(fixture.problem(goodCheckpoint, good, "ASSIGNED", day, day.plusDays(5)), "DISPATCHED", day);
        fixture.citizenReport(fixture.problem(poorCheckpoint, poor, "ASSIGNED", day, day.plusDays(5)), "RESOLVED", day);
        fixture.citizenReport(fixture.problem(poorCheckpoint, poor, "ASSIGNED", day, day.plusDays(5)), "REPLIED", day);

        // unweighted (the default) they change nothing: the good unit leads
        MonthlyRanking before = rankings.ranking(leader, MONTH, null);
        assertThat(entry(before, good).rank()).isEqualTo(1);
        assertThat(entry(before, poor).figure(RankingComponent.VISITS)).isEqualTo(org.chuangcheng.shared.Ratio.of(1, 1));
        assertThat(entry(before, good).figure(RankingComponent.REPORTS)).isEqualTo(org.chuangcheng.shared.Ratio.of(0, 1));

        Map<RankingComponent, BigDecimal> weights = new EnumMap<>(RankingComponent.class);
        weights.put(RankingComponent.RECTIFICATION, new BigDecimal("10"));
        weights.put(RankingComponent.ON_TIME, new BigDecimal("10"));
        weights.put(RankingComponent.COMPLIANCE, BigDecimal.ZERO);
        weights.put(RankingComponent.TASKS, BigDecimal.ZERO);
        weights.put(RankingComponent.VISITS, new BigDecimal("40"));
        weights.put(RankingComponent.REPORTS, new BigDecimal("40"));
        rankings.updateSettings(admin, rankings.settings().version(), 1, weights);

        // the reports' problems are open: good 9 of 11 closed (and on time), poor 4 of 12
        MonthlyRanking after = rankings.ranking(leader, MONTH, null);
        assertThat(entry(after, good).figure(RankingComponent.RECTIFICATION)).isEqualTo(org.chuangcheng.shared.Ratio.of(9, 11));
        assertThat(entry(after, poor).figure(RankingComponent.RECTIFICATION)).isEqualTo(org.chuangcheng.shared.Ratio.of(4, 12));
        // good: (10 × 81.82 + 10 × 81.82 + 40 × 0 + 40 × 0) / 100 = 16.36; poor: (10 × 33.33 + 10 × 33.33 + 40 × 100 + 40 × 100) / 100 = 86.67
        assertThat(entry(after, good).score()).isEqualByComparingTo("16.36");
        assertThat(entry(after, poor).score()).isEqualByComparingTo("86.67");
        assertThat(entry(after, poor).rank()).isEqualTo(1);
        assertThat(entry(after, good).rank()).isEqualTo(2);

        // a closed edition keeps the new components' figures and weights
        RankingEdition edition = rankings.close(office, MONTH, 0, null);
        MonthlyRanking closed = rankings.ranking(leader, MONTH, edition.edition());
        assertThat(closed.settings().weight(RankingComponent.VISITS)).isEqualByComparingTo("40");
        assertThat(entry(closed, poor).figure(RankingComponent.REPORTS)).isEqualTo(org.chuangcheng.shared.Ratio.of(2, 2));
        assertThat(entry(closed, poor).rank()).isEqualTo(1);
        assertThat(edition.definitions()).contains("包联走访率 40", "随手拍办结率 40");
    }

    @Test
    void aClosedMonthNeverChangesAndReopeningAndReclosingKeepsBothEditions() {
        RankingEdition first = rankings.close(office, MONTH, 0, null);
        assertThat(first.edition()).isEqualTo(1);
        assertThat(first.definitions()).contains("整改率");

        // later data and new weights do not touch the closed edition
        fixture.problems(20, goodCheckpoint, null, good, "ASSIGNED", LocalDate.of(2016, 5, 4), LocalDate.of(2016, 5, 9), null);
        Map<RankingComponent, BigDecimal> weights = new EnumMap<>(RankingComponent.class);
        weights.put(RankingComponent.RECTIFICATION, new BigDecimal("100"));
        weights.put(RankingComponent.ON_TIME, BigDecimal.ZERO);
        weights.put(RankingComponent.COMPLIANCE, BigDecimal.ZERO);
        weights.put(RankingComponent.TASKS, BigDecimal.ZERO);
        weights.put(RankingComponent.VISITS, BigDecimal.ZERO);
        weights.put(RankingComponent.REPORTS, BigDecimal.ZERO);
        rankings.updateSettings(admin, rankings.settings().version(), 5, weights);

        MonthlyRanking closed = rankings.ranking(leader, MONTH, null);
        assertThat(closed.isClosed()).isTrue();
        assertThat(entry(closed, good).score()).isEqualByComparingTo("90.00");
        assertThat(closed.settings().weight(RankingComponent.ON_TIME)).isEqualByComparingTo("30");

        assertThatThrownBy(() -> rankings.reopen(office, MONTH, 1, " "))
                .isInstanceOf(BusinessRuleException.class);
        rankings.reopen(office, MONTH, 1, "数据补录");
        assertThat(rankings.ranking(leader, MONTH, null).isLive()).isTrue();

        assertThatThrownBy(() -> rankings.close(office, MONTH, 1, ""))
                .isInstanceOf(BusinessRuleException.class).hasMessage("ranking.close.reasonRequired");
        RankingEdition second = rankings.close(office, MONTH, 1, "补录后重新关账");

        MonthlyRanking now = rankings.ranking(leader, MONTH, null);
        assertThat(now.shown().edition()).isEqualTo(2);
        assertThat(now.editions()).extracting(RankingEdition::edition).containsExactly(1, 2);
        assertThat(now.editions().get(0).reopenReason()).isEqualTo("数据补录");
        assertThat(second.reason()).isEqualTo("补录后重新关账");
        // edition 2: good now 9 closed of 30 -> 30.00 with rectification alone
        assertThat(entry(now, good).score()).isEqualByComparingTo("30.00");
        // edition 1 is still readable as it was
        assertThat(entry(rankings.ranking(leader, MONTH, 1), good).score()).isEqualByComparingTo("90.00");
    }

    @Test
    void aStaleCloseOrReopenIsAConflict() {
        rankings.close(office, MONTH, 0, null);

        assertThatThrownBy(() -> rankings.close(office, MONTH, 0, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> rankings.reopen(office, MONTH, 0, "x"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void onlyTheOfficeClosesAndOnlyAnAdministratorSetsWeights() {
        assertThatThrownBy(() -> rankings.close(leader, MONTH, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rankings.close(admin, MONTH, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rankings.updateSettings(office, 0, 5, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rankings.ranking(actor("liaison", Role.LIAISON), MONTH, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCurrentMonthCannotBeClosed() {
        assertThatThrownBy(() -> rankings.close(office, YearMonth.now(), 0, null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("ranking.close.notEnded");
    }

    @Test
    void movementComparesWithLastMonthsRank() {
        LocalDate april = LocalDate.of(2016, 4, 5);
        // in April the poor unit led: it falls one place in May, the good unit gains one
        fixture.problems(10, goodCheckpoint, null, good, "ASSIGNED", april, april.plusDays(3), null);
        long poorCheckpoint = jdbc.queryForObject("select id from checkpoints where responsible_unit_id = ?", Long.class, poor);
        fixture.problems(10, poorCheckpoint, null, poor, "CLOSED", april, april.plusDays(3), april.plusDays(3));

        MonthlyRanking may = rankings.ranking(leader, MONTH, null);

        assertThat(entry(may, good).movement()).isEqualTo(1);
        assertThat(entry(may, poor).movement()).isEqualTo(-1);
    }
}

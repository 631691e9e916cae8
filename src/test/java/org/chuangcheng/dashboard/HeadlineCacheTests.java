package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.StatementCounter;
import org.chuangcheng.activity.ActivityDetails;
import org.chuangcheng.activity.ActivityKind;
import org.chuangcheng.activity.ActivityManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.rates.RateFixture;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.chuangcheng.visit.NewVisit;
import org.chuangcheng.visit.VisitManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home pages' headline tiles are counted once for everybody of a role and kept for a short while: a second
 * home page view asks the database nothing for them, and a problem raised (any step of a problem, a task or an
 * inspection) shows on the next view.
 */
@Import(StatementCounter.Config.class)
class HeadlineCacheTests extends AbstractIntegrationTests {

    @Autowired
    DashboardService dashboards;

    @Autowired
    ProblemManagement problems;

    @Autowired
    VisitManagement visits;

    @Autowired
    ActivityManagement activities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHeadlineIsCountedOnceAndCountedAgainAfterAProblemStep() throws Exception {
        long officeId = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        Actor office = new Actor(officeId, "office", "office", Role.OFFICE, null);
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod year = new DashboardPeriod(today.withDayOfYear(1), today);

        List<Tile> first = dashboards.headline(office, year);
        int statements = StatementCounter.count(() -> dashboards.headline(office, year));
        assertThat(statements).isZero();
        assertThat(dashboards.headline(office, year)).isEqualTo(first);

        long checkpoint = jdbc.queryForObject("select min(id) from checkpoints where active", Long.class);
        long raised = problems.raise(office, new NewProblem(checkpoint, null, null, "首页缓存测试", ProblemSeverity.GENERAL,
                null, null), List.of()).getId();
        try {
            Tile before = tile(first, "rectificationRate");
            Tile after = tile(dashboards.headline(office, year), "rectificationRate");
            assertThat(denominator(after)).isEqualTo(denominator(before) + 1);
        } finally {
            jdbc.update("delete from problem_events where problem_id = ?", raised);
            jdbc.update("delete from problems where id = ?", raised);
        }
    }

    /**
     * A visit and a volunteer activity show on the home tiles at once (a leader's headline is kept, and the
     * visit feature's and the activity feature's events drop it), not a minute later.
     */
    @Test
    void aNewVisitAndANewActivityShowOnTheHomeTilesAtOnce() throws Exception {
        RateFixture fixture = new RateFixture(jdbc);
        try {
            long leaderId = jdbc.queryForObject("select id from accounts where username = 'leader'", Long.class);
            long officeId = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
            Actor leader = new Actor(leaderId, "leader", "leader", Role.LEADER, null);
            Actor office = new Actor(officeId, "office", "office", Role.OFFICE, null);
            long district = fixture.district("首页走访区");
            long unit = fixture.unit("首页走访单位");
            long checkpoint = fixture.checkpoint(fixture.category("cat"), district, unit);
            fixture.pair(checkpoint, leaderId);
            LocalDate today = LocalDate.now(clock);
            DashboardPeriod year = new DashboardPeriod(today.withDayOfYear(1), today);

            List<Tile> before = dashboards.headline(leader, year);
            assertThat(StatementCounter.count(() -> dashboards.headline(leader, year))).isZero();

            visits.log(leader, new NewVisit(checkpoint, today, "首页缓存测试", "卫生", null, 0, List.of()), List.of());
            List<Tile> afterVisit = dashboards.headline(leader, year);
            assertThat(numerator(tile(afterVisit, "visits"))).isEqualTo(numerator(tile(before, "visits")) + 1);
            assertThat(denominator(tile(afterVisit, "visits"))).isEqualTo(denominator(tile(before, "visits")));

            activities.record(office, new ActivityDetails(unit, today, null, "首页缓存测试", district,
                    ActivityKind.values()[0], 12, null, BigDecimal.ONE, null), List.of());
            List<Tile> afterActivity = dashboards.headline(leader, year);
            assertThat(Long.parseLong(tile(afterActivity, "activities").value()))
                    .isEqualTo(Long.parseLong(tile(afterVisit, "activities").value()) + 1);
            assertThat(Long.parseLong(tile(afterActivity, "personTimes").value()))
                    .isEqualTo(Long.parseLong(tile(afterVisit, "personTimes").value()) + 12);
        } finally {
            jdbc.update("delete from volunteer_activity_attachments where activity_id in"
                    + " (select id from volunteer_activities where place = '首页缓存测试')");
            fixture.delete();
        }
    }

    private static long numerator(Tile t) {
        return Long.parseLong(t.fraction().substring(0, t.fraction().indexOf('/')));
    }

    private static Tile tile(List<Tile> tiles, String id) {
        return tiles.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static long denominator(Tile t) {
        return Long.parseLong(t.fraction().substring(t.fraction().indexOf('/') + 1));
    }
}

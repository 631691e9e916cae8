package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.StatementCounter;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
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

    private static Tile tile(List<Tile> tiles, String id) {
        return tiles.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static long denominator(Tile t) {
        return Long.parseLong(t.fraction().substring(t.fraction().indexOf('/') + 1));
    }
}

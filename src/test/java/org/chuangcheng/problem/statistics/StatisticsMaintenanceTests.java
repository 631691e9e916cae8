package org.chuangcheng.problem.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.problem.ProblemStatistics;
import org.chuangcheng.problem.ProblemStatistics.Counts;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Statistics that are missing (data loaded by other means) or counted in another zone are rebuilt at start. */
class StatisticsMaintenanceTests extends AbstractIntegrationTests {

    @Autowired
    StatisticsMaintenance maintenance;

    @Autowired
    ProblemStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        maintenance.rebuild();
    }

    @Test
    void theDemoCityIsCountedAndConsistent() {
        StatisticsMaintenance.Summary summary = maintenance.summary();
        assertThat(summary.problems()).isPositive();
        assertThat(summary.consistent()).isTrue();
        assertThat(maintenance.needsRebuild()).isFalse();
    }

    @Test
    void statisticsLostWhileProblemsExistAreRebuiltAtStart() {
        Map<String, Counts> before = fiveYears();
        jdbc.update("delete from problem_statistics");
        assertThat(maintenance.needsRebuild()).isTrue();

        maintenance.run(null);

        assertThat(maintenance.needsRebuild()).isFalse();
        assertThat(fiveYears()).isEqualTo(before);
    }

    @Test
    void statisticsCountedInAnotherTimeZoneAreRebuiltAtStart() {
        jdbc.update("update problem_statistics_settings set time_zone = 'UTC'");
        assertThat(maintenance.needsRebuild()).isTrue();

        maintenance.run(null);

        assertThat(jdbc.queryForObject("select time_zone from problem_statistics_settings", String.class))
                .isEqualTo("Asia/Shanghai");
    }

    private Map<String, Counts> fiveYears() {
        LocalDate today = LocalDate.now();
        return statistics.counts(new Query(today.minusYears(5), today.plusDays(1), null, null, null, null, Dimension.MONTH));
    }
}

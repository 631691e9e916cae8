package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * No N+1: one view of the dashboard (every tile, chart and table on it) issues a fixed number of SQL statements
 * however many years, units, checkpoints or problems it covers: each breakdown is one statement over the
 * maintained problem statistics and one over the maintained compliance, the lists one each. The page carries
 * its charts' data, so a view is one computation: the JSON endpoint is only for the wall screen's refreshes.
 */
@Import(StatementCounter.Config.class)
class DashboardStatementCountTests extends AbstractIntegrationTests {

    /**
     * Tiles (now and before: problems + compliance each, task completion, 未报送, visit compliance, citizen-report
     * handling, volunteer activities), eight breakdowns (problems, compliance, labels), relapses, overdue list,
     * districts for the filter, the account behind the request, and the units' types once for the whole view,
     * whatever the unit-type filter (35 without a unit type and 34 with one when written; 29 and 41 before the
     * other features' tiles, when the types were read once per figure).
     */
    static final int MAX_STATEMENTS_PER_VIEW = 38;

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/dashboard?period=custom&from=2022-01-01&to=2026-12-31",
        "/dashboard?period=lastMonth&unitType=BUREAU", "/dashboard/screen", "/dashboard/data"})
    @WithUserDetails("leader")
    void aDashboardViewIssuesAFixedNumberOfStatementsWhateverItsPeriod(String url) throws Exception {
        int statements = StatementCounter.count(() -> mvc.perform(get(url)).andExpect(status().isOk()));
        System.out.println("DashboardStatementCountTests " + url + " statements=" + statements);
        assertThat(statements).as(url).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_VIEW);
    }
}

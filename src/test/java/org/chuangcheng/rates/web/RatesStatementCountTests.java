package org.chuangcheng.rates.web;

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
 * No N+1: one rates request issues a fixed number of SQL statements however many units, months or problems
 * there are: the problem figures in one statement from the maintained statistics, the compliance in one, the
 * labels in one, for the rows and again for the totals.
 */
@Import(StatementCounter.Config.class)
class RatesStatementCountTests extends AbstractIntegrationTests {

    /** Statistics + compliance for the rows, labels, statistics + compliance for the totals. */
    static final int MAX_STATEMENTS_PER_REQUEST = 5;

    @ParameterizedTest
    @ValueSource(strings = {"", "unit", "district", "category", "standard", "month"})
    @WithUserDetails("office")
    void aRatesRequestIssuesAFixedNumberOfStatementsOverFiveYears(String groupBy) throws Exception {
        String url = "/api/rates?from=2022-01-01&to=2026-12-31" + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy);
        int statements = StatementCounter.count(() -> mvc.perform(get(url)).andExpect(status().isOk()));
        assertThat(statements).as(url).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_REQUEST);
    }
}

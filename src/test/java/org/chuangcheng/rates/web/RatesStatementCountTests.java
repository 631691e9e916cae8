package org.chuangcheng.rates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * No N+1: one rates request (a dashboard makes five of them) issues a fixed number of SQL statements however many
 * units, months or problems there are: the problem figures in one statement from the maintained statistics, the
 * compliance in one, the labels in one, for the rows and again for the totals. Counted on the test's thread by a
 * proxy around the data source.
 */
@Import(RatesStatementCountTests.CountingDataSource.class)
class RatesStatementCountTests extends AbstractIntegrationTests {

    /** Statistics + compliance for the rows, labels, statistics + compliance for the totals. */
    static final int MAX_STATEMENTS_PER_REQUEST = 5;

    static final AtomicInteger STATEMENTS = new AtomicInteger();
    static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    @ParameterizedTest
    @ValueSource(strings = {"", "unit", "district", "category", "standard", "month"})
    @WithUserDetails("office")
    void aRatesRequestIssuesAFixedNumberOfStatementsOverFiveYears(String groupBy) throws Exception {
        String url = "/api/rates?from=2022-01-01&to=2026-12-31" + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy);
        STATEMENTS.set(0);
        COUNTING.set(true);
        try {
            mvc.perform(get(url)).andExpect(status().isOk());
        } finally {
            COUNTING.set(false);
        }
        assertThat(STATEMENTS.get()).as(url).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_REQUEST);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countingDataSourcePostProcessor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
                }
            };
        }

        /** Wraps connections and statements so that every execution on a counting thread is counted. */
        static <T> T proxy(Class<T> type, T target) {
            return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                    (p, method, args) -> {
                        if (method.getName().startsWith("execute") && target instanceof Statement && COUNTING.get()) {
                            STATEMENTS.incrementAndGet();
                        }
                        Object result;
                        try {
                            result = method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof Connection c) {
                            return proxy(Connection.class, c);
                        }
                        if (result instanceof java.sql.CallableStatement s) {
                            return proxy(java.sql.CallableStatement.class, s);
                        }
                        if (result instanceof java.sql.PreparedStatement s) {
                            return proxy(java.sql.PreparedStatement.class, s);
                        }
                        if (result instanceof Statement s) {
                            return proxy(Statement.class, s);
                        }
                        return result;
                    }));
        }
    }
}

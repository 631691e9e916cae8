package org.chuangcheng;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the test's thread executes, through a proxy around the data source: tests that
 * pin "no N+1" import {@link Config} (all of them the same, so they share one application context) and wrap
 * the request in {@link #count}.
 */
public final class StatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final AtomicInteger SESSION_STATEMENTS = new AtomicInteger();
    /** The session statements prepared while counting, for a failing test's message. */
    public static final java.util.List<String> SESSION_SQL = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    private StatementCounter() {
    }

    /** Runs {@code work} and returns how many statements it executed on this thread. */
    public static int count(Callable<?> work) throws Exception {
        SESSION_STATEMENTS.set(0);
        STATEMENTS.set(0);
        COUNTING.set(true);
        try {
            work.call();
        } finally {
            COUNTING.set(false);
        }
        return STATEMENTS.get();
    }

    /** Runs {@code work} and returns how many statements on the HTTP session's tables it executed on this thread. */
    public static int countSessionStatements(Callable<?> work) throws Exception {
        SESSION_SQL.clear();
        count(work);
        return SESSION_STATEMENTS.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingDataSourcePostProcessor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
                }
            };
        }
    }

    /** Wraps connections and statements so that every execution on a counting thread is counted. */
    static <T> T proxy(Class<T> type, T target) {
        return proxy(type, target, STATEMENTS);
    }

    private static <T> T proxy(Class<T> type, T target, AtomicInteger counter) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    if (method.getName().startsWith("execute") && target instanceof Statement && COUNTING.get()) {
                        counter.incrementAndGet();
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
                    // the HTTP session's own storage (Spring Session JDBC) is a cost of every request, not of the
                    // page under test: these tests pin the page's queries, so its statements are counted apart
                    if (target instanceof Connection && method.getName().startsWith("prepare") && args != null
                            && args[0] instanceof String sql && sql.toUpperCase().contains("SPRING_SESSION")
                            && result instanceof java.sql.PreparedStatement s) {
                        if (COUNTING.get()) {
                            SESSION_SQL.add(sql.replaceAll("\\s+", " "));
                        }
                        return proxy(java.sql.PreparedStatement.class, s, SESSION_STATEMENTS);
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

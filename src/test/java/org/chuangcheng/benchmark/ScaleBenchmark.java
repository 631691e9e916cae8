package org.chuangcheng.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.rates.GroupBy;
import org.chuangcheng.rates.RateFigures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rates, lists and the ledger export at a city's yearly scale (DOMAIN.md: 100,000–200,000 problems a year).
 * Not part of the suite (the name does not end in Tests); it prints figures, it asserts no timings. Run:
 * <pre>./mvnw -B -ntp test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.problems=200000</pre>
 */
class ScaleBenchmark extends AbstractIntegrationTests {

    private static final int REPEATS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateFigures rates;

    @Autowired
    ProblemManagement problems;

    @Test
    void ratesListsAndLedgerAtScale() throws Exception {
        int n = Integer.getInteger("benchmark.problems", 200_000);
        long started = System.nanoTime();
        seed(n);
        System.out.printf("%nseeded %,d problems (+ rectifications) in %.1f s; %,d problems in the database%n", n,
                (System.nanoTime() - started) / 1e9, jdbc.queryForObject("select count(*) from problems", Long.class));

        Actor office = actor("office", Role.OFFICE);
        Actor liaison = actor("liaison", Role.LIAISON);
        LocalDate today = LocalDate.now();
        RateFilter year = RateFilter.period(today.minusDays(364), today);

        System.out.printf("%n%-52s %10s %10s%n", "operation (" + REPEATS + " runs after 1 warm-up)", "median ms", "max ms");
        time("rates: totals for the year (office)", () -> rates.totals(office, year));
        for (GroupBy groupBy : GroupBy.values()) {
            time("rates: table by " + groupBy.name().toLowerCase(Locale.ROOT) + " for the year (office)",
                    () -> rates.table(office, year, groupBy));
        }
        time("rates: table by month for the year (liaison)", () -> rates.table(liaison, year, GroupBy.MONTH));
        time("problems: first page of overdue (office)", () -> problems.search(office,
                ProblemFilter.of(ProblemScope.OVERDUE), PageRequest.of(0, 20)).getTotalElements());
        time("problems: page 100 of all open (office)", () -> problems.search(office,
                ProblemFilter.of(ProblemScope.OPEN), PageRequest.of(100, 20)).getNumberOfElements());
        time("problems: home-page counts (liaison)", () -> problems.counts(liaison));

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        CountingStream out = new CountingStream();
        long exportStart = System.nanoTime();
        problems.exportLedger(office, ProblemFilter.of(ProblemScope.ASSIGNED), Locale.SIMPLIFIED_CHINESE, out);
        double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%nledger export of every assigned problem: %.1f s, %,d bytes of .xlsx, heap growth %,d MB "
                + "(max heap %,d MB)%n%n", exportSeconds, out.count, (heapAfter - heapBefore) >> 20, runtime.maxMemory() >> 20);
    }

    private void seed(int n) {
        Long existing = jdbc.queryForObject("select count(*) from problems where description like '基准%'", Long.class);
        if (existing != null && existing >= n) {
            return;
        }
        jdbc.update("""
                insert into problems (origin, checkpoint_id, standard_id, description, responsible_unit_id, severity,
                                      status, assigned_on, deadline, accepted_submitted_on, closed_at, created_by)
                select 'MANUAL', cp.id, null, '基准测试问题 ' || g, cp.responsible_unit_id,
                       case when g % 4 = 3 then 'LONG_TERM' else 'GENERAL' end,
                       x.st, x.a,
                       case when g % 4 = 3 then null else x.a + 7 end,
                       case when x.st = 'CLOSED' then x.a + (g % 10) end,
                       case when x.st = 'CLOSED' then (x.a + 9)::timestamptz end,
                       o.id
                from generate_series(1, ?) g
                cross join lateral (select (array_agg(id order by id))[1 + g % count(*)] as pick
                                    from checkpoints) pick
                join checkpoints cp on cp.id = pick.pick
                cross join lateral (select current_date - (g % 365) as a,
                        (array['ASSIGNED','SUBMITTED','RETURNED','CLOSED','CLOSED','CLOSED','CANCELLED'])[1 + g % 7] as st) x
                cross join (select id from accounts where username = 'office') o
                """, n);
        jdbc.update("""
                insert into rectifications (problem_id, text, submitted_by, submitted_at, submitted_on, outcome,
                                            reviewed_by, reviewed_at)
                select p.id, '已整改', p.created_by, (p.assigned_on + 3)::timestamptz, p.assigned_on + 3,
                       case when p.status = 'CLOSED' then 'ACCEPTED' else 'RETURNED' end,
                       p.created_by, (p.assigned_on + 4)::timestamptz
                from problems p
                where p.description like '基准%' and p.status in ('CLOSED', 'RETURNED')
                """);
        jdbc.execute("analyze");
    }

    private Actor actor(String username, Role role) {
        return jdbc.queryForObject("select id, display_name, unit_id from accounts where username = ?",
                (rs, i) -> new Actor(rs.getLong(1), username, rs.getString(2), role, (Long) rs.getObject(3)), username);
    }

    private static void time(String label, Supplier<?> operation) {
        operation.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            operation.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-52s %10.1f %10.1f%n", label, millis.get(REPEATS / 2), millis.get(REPEATS - 1));
    }

    /** Counts the bytes of the export instead of keeping them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
        }
    }
}

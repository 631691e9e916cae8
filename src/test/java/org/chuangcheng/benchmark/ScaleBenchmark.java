package org.chuangcheng.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.chuangcheng.problem.ProblemStatistics.Dimension;
import org.chuangcheng.problem.ProblemStatistics.Query;
import org.chuangcheng.problem.statistics.RawProblemFigures;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The rates, the dashboard's figures, a month's ranking and the busiest pages at a province's scale, each
 * measured as the office (or a liaison) through the whole web stack in-process (MockMvc: security, controller,
 * service, SQL, JSON or Thymeleaf), side by side with the raw-row SQL that computes the same problem figures
 * ({@link RawProblemFigures}, the old rates SQL) in the same run. The pages are also measured on the demo city,
 * for the "within 1.5× of the demo city" target. Not part of the suite (the name does not end in Tests); it prints,
 * it asserts no timings. Run (generates the city into {@code ./data/scale-pg17} the first time, see
 * {@link GenerateCity}):
 * <pre>./mvnw -B -ntp test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.problems=1000000</pre>
 * Each line: {@code BENCH <operation> app_median_ms=<n> app_p95_ms=<n> sql_median_ms=<n>}. Options:
 * {@code -Dbenchmark.runs=20 -Dbenchmark.sql-runs=5 -Dbenchmark.warm-up=3}, {@code -Dbenchmark.demo=false} skips
 * the demo city, {@code -Dbenchmark.only=<operation>,...} measures only those, {@code -Dbenchmark.sql-runs=0} skips
 * the raw-row SQL.
 */
class ScaleBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3);
    private static final int APP_RUNS = Integer.getInteger("benchmark.runs", 20);
    private static final int SQL_RUNS = Integer.getInteger("benchmark.sql-runs", 5);
    /** {@code -Dbenchmark.only=office-home,problems-page-1} measures only these operations (all when empty). */
    private static final java.util.Set<String> ONLY = java.util.Arrays.stream(
            System.getProperty("benchmark.only", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .collect(java.util.stream.Collectors.toSet());

    @Test
    void ratesDashboardRankingAndPagesAtScale() throws Exception {
        int problems = Integer.getInteger("benchmark.problems", 1_000_000);
        if (!"false".equals(System.getProperty("benchmark.demo"))) {
            try (EmbeddedPostgres demoDatabase = EmbeddedPostgres.builder().start();
                    ConfigurableApplicationContext demo = ScaleCity.start(Map.of(
                            "spring.datasource.url", demoDatabase.getJdbcUrl("postgres", "postgres"),
                            "spring.datasource.username", "postgres", "spring.datasource.password", "",
                            "app.demo.enabled", "true"))) {
                new Operations(demo, "@demo").pages();
            }
        }
        try (ScaleCity city = ScaleCity.open(problems)) {
            Operations operations = new Operations(city.context, "");
            operations.figures();
            operations.pages();
        }
    }

    /** The measured operations on one running application. */
    private static final class Operations {

        private final MockMvc mvc;
        private final JdbcTemplate jdbc;
        private final RawProblemFigures raw;
        private final RequestPostProcessor office;
        private final RequestPostProcessor liaison;
        private final Long liaisonUnit;
        private final LocalDate today;
        private final String suffix;

        Operations(ConfigurableApplicationContext context, String suffix) {
            this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
            this.jdbc = context.getBean(JdbcTemplate.class);
            Clock clock = context.getBean(Clock.class);
            this.raw = new RawProblemFigures(context.getBean(NamedParameterJdbcTemplate.class), clock.getZone());
            UserDetailsService users = context.getBean(UserDetailsService.class);
            this.office = user(users.loadUserByUsername("office"));
            this.liaison = user(users.loadUserByUsername("liaison"));
            this.liaisonUnit = jdbc.queryForObject("select unit_id from accounts where username = 'liaison'", Long.class);
            this.today = LocalDate.now(clock);
            this.suffix = suffix;
        }

        void figures() {
            LocalDate yearStart = today.withDayOfYear(1);
            LocalDate fiveYearsStart = yearStart.minusYears(4);
            YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
            dashboard("dashboard-year", yearStart, today);
            dashboard("dashboard-5y", fiveYearsStart, today);
            rates("rates-year-by-unit", yearStart, today, Dimension.UNIT);
            rates("rates-5y-by-district", fiveYearsStart, today, Dimension.DISTRICT);
            rates("rates-rolling-365d-by-unit", today.minusDays(364), today, Dimension.UNIT);
            rates("ranking-month", lastMonth.atDay(1), lastMonth.atEndOfMonth(), Dimension.UNIT);
        }

        void pages() {
            String counts = """
                    select count(*) filter (where status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')),
                           count(*) filter (where status in ('ASSIGNED', 'SUBMITTED', 'RETURNED')
                                              and deadline between current_date and current_date + 3),
                           count(*) filter (where status in ('ASSIGNED', 'SUBMITTED', 'RETURNED') and deadline < current_date),
                           count(*) filter (where status = 'RETURNED'), count(*) filter (where status = 'SUBMITTED')
                      from problems""";
            String page = """
                    select p.*, c.name, u.name from problems p join checkpoints c on c.id = p.checkpoint_id
                      join units u on u.id = p.responsible_unit_id order by p.id desc limit 20 offset ?""";
            measure("office-home", () -> request("/", office), () -> jdbc.queryForList(counts));
            measure("problems-page-1", () -> request("/problems", office), () -> {
                jdbc.queryForObject("select count(*) from problems", Long.class);
                jdbc.queryForList(page, 0);
                jdbc.queryForList(counts);
            });
            measure("problems-page-100", () -> request("/problems?page=99", office), () -> {
                jdbc.queryForObject("select count(*) from problems", Long.class);
                jdbc.queryForList(page, 99 * 20);
                jdbc.queryForList(counts);
            });
            measure("liaison-home", () -> request("/", liaison),
                    () -> jdbc.queryForList(counts + " where responsible_unit_id = ?", liaisonUnit));
        }

        /** What a dashboard shows: totals, and the figures by month, district, unit (and so unit type), category. */
        private void dashboard(String name, LocalDate from, LocalDate to) {
            List<Dimension> groupings = List.of(Dimension.MONTH, Dimension.DISTRICT, Dimension.UNIT, Dimension.CATEGORY);
            measure(name, () -> {
                request("/api/rates?from=" + from + "&to=" + to, office);
                for (Dimension d : groupings) {
                    request("/api/rates?from=" + from + "&to=" + to + "&groupBy=" + d.name().toLowerCase(), office);
                }
            }, () -> {
                raw.counts(query(from, to, null), today);
                for (Dimension d : groupings) {
                    raw.counts(query(from, to, d), today);
                    raw.counts(query(from, to, null), today);
                }
            });
        }

        /** One rates table: its rows and its totals, as {@code /api/rates?groupBy=} answers them. */
        private void rates(String name, LocalDate from, LocalDate to, Dimension groupBy) {
            measure(name, () -> request("/api/rates?from=" + from + "&to=" + to + "&groupBy="
                    + groupBy.name().toLowerCase(), office), () -> {
                        raw.counts(query(from, to, groupBy), today);
                        raw.counts(query(from, to, null), today);
                    });
        }

        private static Query query(LocalDate from, LocalDate to, Dimension groupBy) {
            return new Query(from, to, null, null, null, null, groupBy);
        }

        private void request(String url, RequestPostProcessor who) {
            try {
                mvc.perform(get(url).with(who)).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(url, e);
            }
        }

        private void measure(String operation, Runnable app, Runnable sql) {
            if (!ONLY.isEmpty() && !ONLY.contains(operation)) {
                return;
            }
            List<Double> appMillis = time(app, APP_RUNS);
            // -Dbenchmark.sql-runs=0 leaves the raw-row SQL out (it takes seconds): quicker reruns of the app side
            double sqlMedian = SQL_RUNS == 0 ? Double.NaN : percentile(time(sql, SQL_RUNS), 50);
            System.out.printf("BENCH %s app_median_ms=%.1f app_p95_ms=%.1f sql_median_ms=%.1f%n", operation + suffix,
                    percentile(appMillis, 50), percentile(appMillis, 95), sqlMedian);
        }

        private static List<Double> time(Runnable operation, int runs) {
            for (int i = 0; i < WARM_UP; i++) {
                operation.run();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                operation.run();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            return millis;
        }

        /** Nearest-rank percentile of sorted values. */
        private static double percentile(List<Double> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }
}

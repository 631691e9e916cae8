package org.chuangcheng.problem.statistics;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the maintained statistics trustworthy: rebuilds them from the raw rows on request, and at start when
 * they cannot be right: problems exist but nothing is counted (data loaded by a restore, an import or SQL with
 * the triggers off), or the application's time zone is not the one the review months were counted in.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
@Slf4j
public class StatisticsMaintenance implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    /** Recounts every statistic from the problems and rectifications; returns the number of rows written. */
    @Transactional
    public long rebuild() {
        long started = System.nanoTime();
        jdbc.update("update problem_statistics_settings set time_zone = ? where id = 1", clock.getZone().getId());
        Long rows = jdbc.queryForObject("select problem_statistics_rebuild()", Long.class);
        log.info("problem statistics rebuilt: {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        return rows == null ? 0 : rows;
    }

    /** Whether the statistics must be rebuilt before they can be read. */
    @Transactional(readOnly = true)
    public boolean needsRebuild() {
        String zone = jdbc.queryForObject("select problem_statistics_zone()", String.class);
        if (!clock.getZone().getId().equals(zone)) {
            return true;
        }
        Boolean missing = jdbc.queryForObject("""
                select not exists (select 1 from problem_statistics)
                   and (exists (select 1 from problems where status <> 'CANCELLED')
                        or exists (select 1 from rectifications where reviewed_at is not null))""", Boolean.class);
        return Boolean.TRUE.equals(missing);
    }

    /** Runs before the demo loaders, so that they add to statistics that are already right. */
    @Override
    public void run(ApplicationArguments args) {
        if (needsRebuild()) {
            log.info("problem statistics missing or counted in another time zone: rebuilding from the raw rows");
            new TransactionTemplate(transactions).executeWithoutResult(status -> rebuild());
        }
    }

    /** Rows in the statistics table and problems counted in them, for the administrator's page. */
    @Transactional(readOnly = true)
    public Summary summary() {
        return jdbc.queryForObject("""
                select (select count(*) from problem_statistics) as rows,
                       (select coalesce(sum(assigned), 0) from problem_statistics where grain = 'T') as counted,
                       (select count(*) from problems where status <> 'CANCELLED') as problems""",
                (rs, i) -> new Summary(rs.getLong("rows"), rs.getLong("counted"), rs.getLong("problems")));
    }

    /** @param rows rows of the statistics table; counted problems counted in them; problems not cancelled */
    public record Summary(long rows, long counted, long problems) {
        public boolean consistent() {
            return counted == problems;
        }
    }
}

package org.chuangcheng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApplicationStartupTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndLoadReferenceData() {
        assertThat(jdbc.queryForObject("select count(*) from checkpoint_categories", Integer.class)).isEqualTo(23);
        assertThat(jdbc.queryForObject("select count(*) from standards where category_id is null", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from indicators where level = 1", Integer.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select kind from calendar_days where day = date '2026-02-14'", String.class))
                .isEqualTo("WORKDAY");
    }

    @Test
    void theDemoCityIsLoadedIntoAnEmptyDatabase() {
        assertThat(jdbc.queryForObject("select count(*) from units where type = 'DISTRICT'", Integer.class)).isEqualTo(6);
        // Other tests on the shared database add units (e.g. created from an import preview), never remove them.
        assertThat(jdbc.queryForObject("select count(*) from units", Integer.class)).isGreaterThanOrEqualTo(41);
        assertThat(jdbc.queryForObject("select count(*) from work_groups", Integer.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from checkpoints", Integer.class)).isGreaterThanOrEqualTo(120);
        assertThat(jdbc.queryForList("select username from accounts", String.class))
                .contains("admin", "office", "leader", "inspector", "liaison");
        assertThat(jdbc.queryForObject("select count(*) from checkpoints where paired_leader_id is not null",
                Integer.class)).isGreaterThanOrEqualTo(15);
    }
}

package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's database sessions run without PostgreSQL's JIT (see application.properties). */
class DatabaseSessionSettingsTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void queriesAreNotJitCompiled() {
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
}

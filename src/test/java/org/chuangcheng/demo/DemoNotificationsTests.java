package org.chuangcheng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's bells look like a city that has been using the system: the replayed history is dated when it
 * happened, only the last month is kept, and little of it is unread (not "99+").
 */
class DemoNotificationsTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"liaison", "office"})
    void theDemoHistoryIsRecentDatedAndMostlyRead(String username) {
        Long id = jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
        Timestamp started = Timestamp.from(Instant.ofEpochMilli(context.getStartupDate()));

        long history = jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and created_at < ?",
                Long.class, id, started);
        long days = jdbc.queryForObject("""
                select count(distinct (created_at at time zone 'Asia/Shanghai')::date) from notifications
                where recipient_id = ? and created_at < ?
                """, Long.class, id, started);
        long unread = jdbc.queryForObject("""
                select count(*) from notifications where recipient_id = ? and created_at < ? and read_at is null
                """, Long.class, id, started);
        long old = jdbc.queryForObject("""
                select count(*) from notifications where recipient_id = ? and created_at < now() - interval '31 days'
                """, Long.class, id);

        assertThat(history).as("there is a history").isGreaterThan(5);
        assertThat(days).as("dated over the past weeks, not all at start-up").isGreaterThanOrEqualTo(5);
        assertThat(old).as("only the last month").isZero();
        assertThat(unread).as("mostly read").isLessThanOrEqualTo(DemoNotifications.UNREAD_PER_PERSON);
    }
}

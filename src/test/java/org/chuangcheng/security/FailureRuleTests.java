package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.chuangcheng.security.FailureRule.Count;
import org.junit.jupiter.api.Test;

/** The lock rule with time under the test's control. */
class FailureRuleTests {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    FailureRule rule = new FailureRule(5, Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(24));

    Count fail(int times, Instant at) {
        Count count = Count.NONE;
        for (int i = 0; i < times; i++) {
            count = rule.next(count, at);
        }
        return count;
    }

    @Test
    void theFifthFailureInARowLocksForTheLockDuration() {
        assertThat(fail(4, T0).lockedAt(T0)).isFalse();
        Count locked = fail(5, T0);
        assertThat(locked.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresDuringALockAreNotCountedAndDoNotExtendIt() {
        Count locked = fail(5, T0);
        assertThat(rule.next(locked, T0.plusSeconds(60))).isSameAs(locked);
    }

    @Test
    void eachFailureAfterALockLocksAgainForTwiceAsLongUpToADay() {
        Count count = fail(5, T0);
        Instant at = T0;
        Duration expected = Duration.ofMinutes(15);
        for (int i = 0; i < 12; i++) {
            at = count.lockedUntil();
            count = rule.next(count, at);
            expected = expected.multipliedBy(2).compareTo(Duration.ofHours(24)) > 0 ? Duration.ofHours(24)
                    : expected.multipliedBy(2);
            assertThat(Duration.between(at, count.lockedUntil())).isEqualTo(expected);
        }
        assertThat(rule.lockFor(1_000_000)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aCountWhoseLastFailureIsOlderThanTheWindowStartsAgain() {
        Count count = fail(4, T0);
        assertThat(rule.next(count, T0.plus(Duration.ofHours(25))).failures()).isEqualTo(1);
        assertThat(rule.next(count, T0.plus(Duration.ofHours(23))).failures()).isEqualTo(5);
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndLongValuesAreBounded() {
        assertThat(SignInThrottle.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.key("2001:db8:1:2::1")).isEqualTo(SignInThrottle.key("2001:db8:1:2:ffff::9"));
        assertThat(SignInThrottle.key("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SignInThrottle.key(null)).isEqualTo("unknown");
        assertThat(SignInThrottle.name(" Admin ")).isEqualTo("admin");
        assertThat(SignInThrottle.name("x".repeat(10_000))).hasSize(100);
    }
}

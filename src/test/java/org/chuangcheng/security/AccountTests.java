package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;

/** The lockout rule on the model, with time under the test's control. */
class AccountTests {

    static final Duration LOCK = Duration.ofMinutes(15);
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    Account account = new Account("someone", "{noop}x", "某人", Role.OFFICE, null, null);

    @Test
    void theFifthFailureInARowLocksForTheLockDuration() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusSeconds(i), LOCK);
        }
        assertThat(account.isLockedAt(T0.plusSeconds(4))).isFalse();
        account.recordFailedLogin(T0.plusSeconds(4), LOCK);
        assertThat(account.getLockedUntil()).isEqualTo(T0.plusSeconds(4).plus(LOCK));
        assertThat(account.isLockedAt(T0.plusSeconds(4).plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(T0.plusSeconds(4).plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0, LOCK);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(T0, LOCK);
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.isLockedAt(T0)).isFalse();
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0, LOCK);
        }
        account.recordFailedLogin(T0.plus(Duration.ofMinutes(10)), LOCK);
        assertThat(account.getLockedUntil()).isEqualTo(T0.plus(LOCK));
    }

    @Test
    void afterAnExpiredLockTheCountStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        account.recordFailedLogin(later, LOCK);
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.isLockedAt(later)).isFalse();
    }

    @Test
    void unlockingLiftsTheLockAndTheCount() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0, LOCK);
        }
        account.unlock();
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.getFailedAttempts()).isZero();
    }
}

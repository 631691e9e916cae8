package org.chuangcheng.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins lock, and for how long: from the {@code limit}-th failure on, each failure locks for
 * {@code baseLock} doubled per failure beyond the limit (15 min, 30 min, 1 h ...), at most {@code maxLock}.
 * Failures during a lock are not counted; a count whose last failure is older than {@code forgetAfter}
 * starts again from one.
 */
record FailureRule(int limit, Duration baseLock, Duration maxLock, Duration forgetAfter) {

    /** A key's failures so far and its lock; {@code lastFailure} null before the first one. */
    record Count(int failures, Instant lockedUntil, Instant lastFailure) {

        static final Count NONE = new Count(0, null, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** The count after one more failure at {@code now}. */
    Count next(Count current, Instant now) {
        if (current.lockedAt(now)) {
            return current;
        }
        boolean forgotten = current.lastFailure() == null || current.lastFailure().isBefore(now.minus(forgetAfter));
        int failures = forgotten ? 1 : current.failures() + 1;
        return new Count(failures, failures >= limit ? now.plus(lockFor(failures)) : null, now);
    }

    Duration lockFor(int failures) {
        int doublings = Math.min(failures - limit, 30);
        Duration lock = baseLock;
        for (int i = 0; i < doublings && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}

package org.chuangcheng.security;

import java.time.Instant;

/**
 * An account's failed sign-ins over every client address: the failures counted, the latest lock end and
 * from how many addresses the account is refused at present.
 */
public record SignInState(int failures, Instant lockedUntil, int lockedAddresses) {

    public boolean isLocked() {
        return lockedAddresses > 0;
    }
}

package org.chuangcheng.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.DynamicUpdate;
import org.chuangcheng.shared.AbstractEntity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;

/** A person who signs in. A liaison always belongs to a unit; other roles may. */
@Entity
@Table(name = "accounts")
// only changed columns are written: an administrator's edit must not overwrite a sign-in count made meanwhile
@DynamicUpdate
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account extends AbstractEntity {

    /** Failed sign-ins in a row that lock the account. */
    static final int MAX_FAILED_ATTEMPTS = 5;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(length = 30)
    private String phone;

    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    Account(String username, String passwordHash, String displayName, Role role, Long unitId, String phone) {
        this.username = username;
        this.passwordHash = passwordHash;
        update(displayName, role, unitId, phone);
    }

    void update(String displayName, Role role, Long unitId, String phone) {
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.phone = phone;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for the given time. */
    void recordFailedLogin(Instant now, Duration lockDuration) {
        if (isLockedAt(now)) {
            return;
        }
        if (lockedUntil != null) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(lockDuration);
        }
    }

    void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** An administrator lifts a lock before it expires. */
    void unlock() {
        recordSuccessfulLogin();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor toActor() {
        return new Actor(getId(), username, displayName, role, unitId);
    }
}

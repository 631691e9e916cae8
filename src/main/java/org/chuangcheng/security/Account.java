package org.chuangcheng.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;

/** A person who signs in. A liaison always belongs to a unit; other roles may. */
@Entity
@Table(name = "accounts")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account extends AbstractEntity {

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

    /** The password was chosen by someone else (from the environment): the owner must change it first. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

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

    void requirePasswordChange(boolean required) {
        this.passwordChangeRequired = required;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Actor toActor() {
        return new Actor(getId(), username, displayName, role, unitId);
    }
}

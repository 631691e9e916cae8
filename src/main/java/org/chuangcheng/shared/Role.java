package org.chuangcheng.shared;

/** The kinds of user (DOMAIN.md "People and roles"). */
public enum Role {
    ADMIN, OFFICE, LEADER, INSPECTOR, LIAISON, SUPERVISOR;

    /** The Spring Security authority name, e.g. {@code ROLE_OFFICE}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}

package org.chuangcheng.shared;

/**
 * The kinds of user (DOMAIN.md "People and roles"). ADMIN, SECURITY and AUDITOR are the three officers of
 * 等保 2.0's 三员分立: the system administrator keeps accounts and reference data, the security administrator
 * grants officer roles and lifts lockouts, the audit administrator reads the audit log; the last two see no
 * campaign records.
 */
public enum Role {
    ADMIN, OFFICE, LEADER, INSPECTOR, LIAISON, SUPERVISOR, SECURITY, AUDITOR,
    /** 创城辅导员: reads her counselor groups' checkpoints, tasks and problems, records inspections there. */
    COUNSELOR;

    /** The roles that do the campaign's work, as named in {@code hasAnyRole(...)}. */
    public static final String[] CAMPAIGN = {"ADMIN", "OFFICE", "LEADER", "INSPECTOR", "LIAISON", "SUPERVISOR"};

    /** Whether the role is one of {@link #CAMPAIGN}. */
    public boolean isCampaign() {
        return java.util.Arrays.asList(CAMPAIGN).contains(name());
    }

    /**
     * The three officers' roles: once a security administrator exists, only she grants or takes them away,
     * and only she resets their passwords or disables their accounts (the system administrator could otherwise
     * make himself an auditor, or sign in as one).
     */
    public boolean isGuardedOfficer() {
        return this == ADMIN || this == SECURITY || this == AUDITOR;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_OFFICE}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}

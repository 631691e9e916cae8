package org.chuangcheng.audit;

import java.time.LocalDate;

/**
 * What the audit administrator searches for; every part optional. {@code text} matches the target and
 * detail, {@code username} the account (or the typed username of a failed sign-in).
 */
public record AuditQuery(String username, String action, Boolean success, LocalDate from, LocalDate to, String text) {
}

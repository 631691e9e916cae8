package org.chuangcheng.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditRecord(long id, Instant occurredAt, String username, String clientAddress, String action,
        String target, String detail, boolean success) {
}

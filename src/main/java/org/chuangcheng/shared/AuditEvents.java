package org.chuangcheng.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;

/**
 * Security-relevant events for the audit log (等保 2.0 安全审计), as Spring Boot's {@link AuditApplicationEvent}:
 * a feature publishes one with its {@code ApplicationEventPublisher} and the audit feature records it, with
 * the time and the client's address, in the same transaction as the change. Sign-ins, sign-outs and refused
 * requests come from Spring Security's own events; nothing needs to call the audit feature.
 */
public final class AuditEvents {

    /** Keys of the event's data that the audit log keeps. */
    public static final String TARGET = "target";
    public static final String DETAIL = "detail";
    public static final String OUTCOME = "outcome";
    public static final String FAILURE = "FAILURE";

    private AuditEvents() {
    }

    /** {@code principal} did {@code type} to {@code target}; {@code detail} says how (e.g. "OFFICE → LEADER"). */
    public static AuditApplicationEvent of(String principal, String type, Object target, String detail) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (target != null) {
            data.put(TARGET, String.valueOf(target));
        }
        if (detail != null) {
            data.put(DETAIL, detail);
        }
        return new AuditApplicationEvent(principal == null ? "" : principal, type, data);
    }

    /** The same by an actor; an empty principal means "whoever is signed in". */
    public static AuditApplicationEvent of(Actor actor, String type, Object target, String detail) {
        return of(actor == null ? "" : actor.username(), type, target, detail);
    }
}

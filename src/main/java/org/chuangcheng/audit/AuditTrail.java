package org.chuangcheng.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.LikePatterns;
import org.chuangcheng.shared.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in PostgreSQL, as Spring Boot's {@link AuditEventRepository}: Boot's audit listeners hand it
 * Spring Security's sign-in, sign-out and access-denied events, the features publish their own
 * ({@link AuditEvents}). A record is written in the transaction of the change it describes (a change rolled
 * back leaves none), or on its own when there is none (a failed sign-in). It only inserts: the table's
 * trigger refuses updates and deletes.
 */
@Slf4j
@Repository
public class AuditTrail implements AuditEventRepository {

    private static final RowMapper<AuditRecord> ROW = (rs, i) -> new AuditRecord(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"), rs.getString("client_address"),
            rs.getString("action"), rs.getString("target"), rs.getString("detail"),
            "SUCCESS".equals(rs.getString("outcome")));

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditTrail(JdbcTemplate jdbc, @Value("${app.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public void add(AuditEvent event) {
        String principal = event.getPrincipal();
        Map<String, Object> data = event.getData();
        if (event.getType().equals("AUTHORIZATION_FAILURE") && (principal.isEmpty() || principal.equals("anonymousUser"))) {
            return; // a visitor not signed in is sent to the sign-in page: not an event, and it would flood the log
        }
        if (principal.isEmpty()) {
            principal = currentUsername();
        }
        Object details = data.get("details");
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : requestAddress();
        String detail = (String) data.get(AuditEvents.DETAIL);
        if (detail == null && data.get("type") instanceof String type) {
            detail = type.substring(type.lastIndexOf('.') + 1); // the kind of failure: BadCredentialsException…
        }
        boolean failure = event.getType().endsWith("_FAILURE") || AuditEvents.FAILURE.equals(data.get(AuditEvents.OUTCOME));
        String target = (String) data.get(AuditEvents.TARGET);
        if (target == null && event.getType().startsWith("AUTHORIZATION") && requestUri() != null) {
            target = requestUri();
        }
        jdbc.update("""
                insert into audit_log (occurred_at, username, client_address, action, target, detail, outcome)
                values (?, ?, ?, ?, ?, ?, ?)
                """, Timestamp.from(event.getTimestamp()), clean(principal, 100), clean(address, 64),
                clean(event.getType(), 60), clean(target, 300), clean(detail, 2000), failure ? "FAILURE" : "SUCCESS");
    }

    @Override
    public List<AuditEvent> find(String principal, Instant after, String type) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from audit_log where true");
        if (principal != null) {
            sql.append(" and username = ?");
            args.add(principal);
        }
        if (after != null) {
            sql.append(" and occurred_at > ?");
            args.add(Timestamp.from(after));
        }
        if (type != null) {
            sql.append(" and action = ?");
            args.add(type);
        }
        sql.append(" order by occurred_at, id limit 1000");
        return jdbc.query(sql.toString(), ROW, args.toArray()).stream()
                .map(r -> new AuditEvent(r.occurredAt(), r.username(), r.action(),
                        Map.of("target", String.valueOf(r.target()), "detail", String.valueOf(r.detail()))))
                .toList();
    }

    /** The audit log, newest first, as the audit administrator searches it. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Pageable page = PageRequest.of(Math.min(pageable.getPageNumber(), Paging.MAX_PAGE),
                Math.min(pageable.getPageSize(), Paging.MAX_PAGE_SIZE));
        Long total = jdbc.queryForObject("select count(*) from audit_log" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.getPageSize());
        pageArgs.add(page.getOffset());
        List<AuditRecord> rows = jdbc.query("select * from audit_log" + where
                + " order by occurred_at desc, id desc limit ? offset ?", ROW, pageArgs.toArray());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /**
     * Hands every record the search would list, newest first and at most {@code limit} of them, to
     * {@code each} as the database returns them (in batches, never the whole log in memory); answers how many
     * matched in all.
     */
    @Transactional(readOnly = true)
    public long each(AuditQuery query, int limit, Consumer<AuditRecord> each) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Long total = jdbc.queryForObject("select count(*) from audit_log" + where, Long.class, args.toArray());
        JdbcTemplate batches = new JdbcTemplate(jdbc.getDataSource());
        batches.setFetchSize(1000); // PostgreSQL streams with a fetch size only inside a transaction: this one
        args.add(limit);
        int[] row = {0};
        batches.query("select * from audit_log" + where + " order by occurred_at desc, id desc limit ?",
                rs -> {
                    each.accept(ROW.mapRow(rs, row[0]++));
                }, args.toArray());
        return total == null ? 0 : total;
    }

    private String where(AuditQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and lower(username) = lower(?)");
            args.add(query.username().trim());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = ?");
            args.add(query.action().trim());
        }
        if (query.success() != null) {
            where.append(" and outcome = ?");
            args.add(query.success() ? "SUCCESS" : "FAILURE");
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (target ilike ? escape '\\' or detail ilike ? escape '\\' or client_address like ? escape '\\')");
            String pattern = "%" + LikePatterns.escape(query.text().trim()) + "%";
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        return where.toString();
    }

    /** The kinds of event in the log, for the search form. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_log order by action", String.class);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return authentication.getName();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String requestAddress() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static String requestUri() {
        HttpServletRequest request = request();
        return request == null ? null : request.getMethod() + " " + request.getRequestURI();
    }

    /** PostgreSQL refuses NUL in text, and a typed username may be anything: bounded and without NUL. */
    private static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replace("\0", "");
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }
}

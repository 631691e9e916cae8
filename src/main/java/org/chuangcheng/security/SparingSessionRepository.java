package org.chuangcheng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC repository, made to cost one statement per page view instead of three:
 * <ul>
 * <li>it writes a session's last-access time back after every request, one UPDATE per page view. Here the last
 * access is moved on only when the stored one is older than {@code touchEvery}, so a user clicking through pages
 * costs one UPDATE a minute; a session then expires at most that much earlier than its timeout says. Attribute
 * changes are saved as before;</li>
 * <li>Spring Session's filter reads the requested session again after saving it (spring-session issue 1731):
 * within one request ({@link #readOncePerRequest}), a session read or saved is answered from memory.</li>
 * </ul>
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class SparingSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private static final ThreadLocal<Map<String, Session>> THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository database;
    private final Duration touchEvery;

    SparingSessionRepository(FindByIndexNameSessionRepository<? extends Session> database, Duration touchEvery) {
        this.database = database;
        this.touchEvery = touchEvery;
    }

    /** The JDBC repository's clean-up of expired sessions stops with the application. */
    @Override
    public void destroy() throws Exception {
        if (database instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public Session createSession() {
        return new SparingSession((Session) database.createSession(), touchEvery);
    }

    /** Runs one request's filter chain with its own memory of the sessions read and saved. */
    static void readOncePerRequest(FilterChain chain, ServletRequest request, ServletResponse response)
            throws ServletException, IOException {
        Map<String, Session> outer = THIS_REQUEST.get();
        THIS_REQUEST.set(new java.util.HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            THIS_REQUEST.set(outer);
        }
    }

    @Override
    public void save(Session session) {
        database.save(session instanceof SparingSession sparing ? sparing.stored : session);
        remember(session);
    }

    @Override
    public Session findById(String id) {
        Map<String, Session> read = THIS_REQUEST.get();
        if (read != null && read.containsKey(id)) {
            return read.get(id);
        }
        Session stored = (Session) database.findById(id);
        Session found = stored == null ? null : new SparingSession(stored, touchEvery);
        if (read != null) {
            read.put(id, found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        database.deleteById(id);
        Map<String, Session> read = THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
    }

    private static void remember(Session session) {
        Map<String, Session> read = THIS_REQUEST.get();
        if (read != null) {
            // a changed session id leaves the old one unknown rather than pointing at the renamed session
            read.values().removeIf(s -> s == session);
            read.put(session.getId(), session);
        }
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        ((Map<String, Session>) database.findByIndexNameAndIndexValue(indexName, indexValue))
                .forEach((id, stored) -> found.put(id, new SparingSession(stored, touchEvery)));
        return found;
    }

    /** A stored session whose last access is only moved on when it has grown older than {@code touchEvery}. */
    private record SparingSession(Session stored, Duration touchEvery) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (stored.getLastAccessedTime().plus(touchEvery).isBefore(lastAccessedTime)) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}

package org.chuangcheng.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry Spring Security asks on every request whether the caller's session was ended by a later
 * sign-in. Spring Session's registry answers by reading that session from the database again, although the
 * request has just read it: here the question about the request's own session is answered from the session in
 * hand, and every other question (the account's sessions at sign-in, ending the oldest) goes to the database.
 */
class CurrentRequestSessionRegistry implements SessionRegistry {

    /** The attribute {@code SpringSessionBackedSessionInformation.expireNow()} sets on an ended session. */
    static final String EXPIRED_ATTRIBUTE = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private static final String SECURITY_CONTEXT_ATTRIBUTE = "SPRING_SECURITY_CONTEXT";

    private final SessionRegistry database;

    CurrentRequestSessionRegistry(SessionRegistry database) {
        this.database = database;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) {
            return database.getSessionInformation(sessionId);
        }
        Object principal = current.getAttribute(SECURITY_CONTEXT_ATTRIBUTE) instanceof SecurityContext context
                && context.getAuthentication() != null ? context.getAuthentication().getName() : null;
        if (principal == null) {
            // not signed in: Spring Session's registry knows no such session either
            return null;
        }
        SessionInformation information = new SessionInformation(principal, sessionId,
                new Date(current.getLastAccessedTime())) {
            @Override
            public void expireNow() {
                super.expireNow();
                current.setAttribute(EXPIRED_ATTRIBUTE, Boolean.TRUE);
            }
        };
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED_ATTRIBUTE))) {
            information.expireNow();
        }
        return information;
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getSession(false);
        }
        return null;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return database.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return database.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        database.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        database.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        database.removeSessionInformation(sessionId);
    }
}

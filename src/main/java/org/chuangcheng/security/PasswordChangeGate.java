package org.chuangcheng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password was chosen by someone else (an officer created from the environment) may do
 * nothing but change it: every page leads to the change-password form, every JSON call is refused. A browser
 * sign-in marks its session ({@link #markIfRequired}), so ordinary requests cost nothing; an HTTP Basic call has
 * no session and is checked against the account.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

    static final String REQUIRED = PasswordChangeGate.class.getName() + ".REQUIRED";
    /** Where such an account may still go. */
    private static final Set<String> OPEN = Set.of("/account/password", "/logout", "/login", "/error", "/favicon.ico");
    private static final String[] ASSETS = {"/css/", "/js/", "/img/", "/webjars/"};

    private final ObjectProvider<AccountManagement> accounts;

    PasswordChangeGate(ObjectProvider<AccountManagement> accounts) {
        this.accounts = accounts;
    }

    /** After a browser sign-in: whether the account must change its password first (then the session says so). */
    boolean markIfRequired(HttpServletRequest request, Authentication authentication) {
        if (!accounts.getObject().isPasswordChangeRequired(authentication.getName())) {
            return false;
        }
        request.getSession().setAttribute(REQUIRED, Boolean.TRUE);
        return true;
    }

    /** Whether this browser session must change its password before anything else. */
    public static boolean isMarked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED));
    }

    /** The password was changed: the session may go anywhere again. */
    public static void satisfied(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(REQUIRED) != null) {
            session.removeAttribute(REQUIRED);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal
                && !isOpen(request) && isRequired(request, authentication)) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\","
                        + "\"message\":\"Change the initial password first (/account/password).\"}");
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password?required");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isRequired(HttpServletRequest request, Authentication authentication) {
        if (isMarked(request)) {
            return true;
        }
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                && accounts.getObject().isPasswordChangeRequired(authentication.getName());
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path)) {
            return true;
        }
        for (String asset : ASSETS) {
            if (path.startsWith(asset)) {
                return true;
            }
        }
        return false;
    }
}

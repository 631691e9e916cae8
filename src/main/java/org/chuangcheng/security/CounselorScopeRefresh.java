package org.chuangcheng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CounselorScopes;
import org.chuangcheng.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a signed-in counselor, for this request, the units her groups cover now: the office may change her
 * groups while she is signed in, and a scope kept in the session since sign-in would still show her the
 * units she lost. The refreshed context is not saved (Spring Security saves a context only when told to). The
 * counselor feature keeps each scope in memory for a short while and forgets it when a group changes, so this costs
 * no database read on most of her pages.
 */
class CounselorScopeRefresh extends OncePerRequestFilter {

    private final ObjectProvider<CounselorScopes> scopes;

    CounselorScopeRefresh(ObjectProvider<CounselorScopes> scopes) {
        this.scopes = scopes;
    }

    /** The counselor's scope as the groups say now; anyone else unchanged. */
    static Actor withCurrentScope(Actor actor, ObjectProvider<CounselorScopes> scopes) {
        if (!actor.is(Role.COUNSELOR)) {
            return actor;
        }
        CounselorScopes directory = scopes.getIfAvailable();
        return actor.withScope(directory == null ? Set.of() : directory.unitsCoveredFor(actor.accountId()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                && principal.actor().is(Role.COUNSELOR)) {
            AccountPrincipal fresh = new AccountPrincipal(withCurrentScope(principal.actor(), scopes),
                    principal.password(), principal.enabled());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, auth.getCredentials(),
                    auth.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}

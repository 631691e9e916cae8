package org.chuangcheng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Placed just outside Spring Session's filter: everything that filter and the rest of the request read of the
 * HTTP session is read from the database once ({@link SparingSessionRepository#readOncePerRequest}).
 */
class SessionReadOnceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SparingSessionRepository.readOncePerRequest(chain, request, response);
    }
}

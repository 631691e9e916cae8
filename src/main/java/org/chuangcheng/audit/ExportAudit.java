package org.chuangcheng.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.AuditEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every download (an answer with {@code Content-Disposition: attachment}: the ledger, the task list, bulletins,
 * the import template) is an export for the audit log, recorded in one place rather than in each controller.
 * It runs inside Spring Security's filter chain (registered after it), so the signed-in user is known.
 */
@Component
@RequiredArgsConstructor
class ExportAudit extends OncePerRequestFilter {

    private final ApplicationEventPublisher events;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null && disposition.startsWith("attachment") && response.getStatus() < 300) {
            String query = request.getQueryString();
            events.publishEvent(AuditEvents.of("", "EXPORT",
                    request.getRequestURI() + (query == null ? "" : "?" + query), null));
        }
    }
}

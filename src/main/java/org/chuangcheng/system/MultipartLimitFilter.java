package org.chuangcheng.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart request's parts before anything else does. Otherwise the first reader is Spring
 * Security's CSRF filter, and a request over the size limits ends in Tomcat's own English "HTTP Status 413"
 * page. Here a size (or part count) violation becomes a 413 answered by the application's error page
 * (error/413.html) in the user's language. The browser checks sizes before sending (js/upload.js), so this
 * is the last line, for browsers without the script.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MultipartLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equalsIgnoreCase(request.getMethod()) && type != null
                && type.toLowerCase().startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException | ServletException | IOException e) {
                if (isLimit(e)) {
                    log.info("Multipart request to {} over the limits: {}", request.getRequestURI(), e.getMessage());
                    response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                    return;
                }
                throw e;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (name.contains("SizeException") || name.contains("LimitExceeded") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}

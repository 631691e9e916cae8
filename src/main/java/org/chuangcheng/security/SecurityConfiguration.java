package org.chuangcheng.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The one place for web security: form sign-in, CSRF, headers. Which records a user may touch is
 * decided in the features' services (a liaison only her unit's); URL rules here are the coarse gate.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * JSON endpoints ({@code /api/**}) for big screens and integrations, checked before the browser chain:
     * the browser's session or HTTP Basic signs in, and a caller who is not signed in gets 401 JSON rather
     * than a redirect to the sign-in page. Which figures a caller sees is decided by the services.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> json(response, 401,
                "{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Sign in first (session or HTTP Basic).\"}",
                true);
        AccessDeniedHandler forbidden = (request, response, e) -> json(response, 403,
                "{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Not allowed.\"}", false);
        http
            .securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        return http.build();
    }

    private static void json(HttpServletResponse response, int status, String body, boolean challenge)
            throws IOException {
        response.setStatus(status);
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"chuangcheng\"");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                        "/error", "/actuator/health", "/actuator/health/**").permitAll()
                // citizen reports (随手拍): the public form, ticket status and resolved list, and Open311
                .requestMatchers("/report", "/report/**", "/open311/v2/**").permitAll()
                .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/", true)
                .failureHandler(failureHandler())
                .permitAll())
            // Open311 clients are programs that authenticate with an api_key, not a browser session: CSRF
            // protects sessions, so only that path is exempt (the public form keeps its token)
            .csrf(csrf -> csrf.ignoringRequestMatchers("/open311/v2/**"))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(self), microphone=()")));
        return http.build();
    }

    /**
     * One answer for every failure (wrong password, unknown user, locked, disabled): telling them apart
     * would tell an attacker which usernames exist and which he has locked.
     */
    private static SimpleUrlAuthenticationFailureHandler failureHandler() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error");
    }

    /** {bcrypt} for new hashes; older prefixed hashes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}

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
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.Role;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

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
    /**
     * Not a bean: Boot would register a bean filter once more, outside the security chains. Both chains add it
     * after their authorization.
     */
    private final PasswordChangeGate passwordChangeGate;

    SecurityConfiguration(ObjectProvider<AccountManagement> accounts) {
        this.passwordChangeGate = new PasswordChangeGate(accounts);
    }

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
            .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.CAMPAIGN))
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
            .addFilterAfter(passwordChangeGate, AuthorizationFilter.class);
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

    private static final String[] CAMPAIGN_AND_COUNSELOR = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Role.CAMPAIGN), java.util.stream.Stream.of(Role.COUNSELOR.name())).toArray(String[]::new);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions,
            org.springframework.beans.factory.ObjectProvider<org.chuangcheng.shared.CounselorScopes> counselorScopes,
            ApplicationEventPublisher events, @Value("${app.security.max-sessions:3}") int maxSessions,
            @Value("${app.security.hsts-max-age:P365D}") Duration hstsMaxAge) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                        "/error", "/actuator/health", "/actuator/health/**").permitAll()
                // citizen reports (随手拍): the public form, ticket status and resolved list, and Open311
                .requestMatchers("/report", "/report/**", "/open311/v2/**").permitAll()
                // 三员分立: the security administrator works on accounts (roles, locks), the audit administrator
                // reads the audit log; neither sees the campaign's records
                .requestMatchers("/admin/accounts", "/admin/accounts/**").hasAnyRole("ADMIN", "SECURITY")
                .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                .requestMatchers("/audit", "/audit/**").hasRole("AUDITOR")
                .requestMatchers("/", "/account/**", "/notifications", "/notifications/**").authenticated()
                // a counselor (创城辅导员) reads her groups' checkpoints, tasks and problems and records inspections
                // there; the services confine her to those units, the controllers refuse her the office's steps
                .requestMatchers("/checkpoints", "/checkpoints/**", "/tasks", "/tasks/**", "/problems", "/problems/**",
                        "/inspections", "/inspections/**").hasAnyRole(CAMPAIGN_AND_COUNSELOR)
                .anyRequest().hasAnyRole(Role.CAMPAIGN))
            .addFilterBefore(new CounselorScopeRefresh(counselorScopes), AuthorizationFilter.class)
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(successHandler())
                .failureHandler(failureHandler())
                .permitAll())
            // Open311 clients are programs that authenticate with an api_key, not a browser session: CSRF
            // protects sessions, so only that path is exempt (the public form keeps its token)
            .csrf(csrf -> csrf.ignoringRequestMatchers("/open311/v2/**"))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .sessionManagement(session -> session
                .sessionFixation(fix -> fix.changeSessionId())
                // signing in once more than allowed ends the account's oldest session (a forgotten sign-in on
                // another computer must not lock its owner out); that session's next page says why
                .maximumSessions(maxSessions)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(expired -> {
                    Object principal = expired.getSessionInformation().getPrincipal();
                    events.publishEvent(AuditEvents.of(principal instanceof AccountPrincipal p ? p.getUsername()
                            : String.valueOf(principal), "SESSION_LIMIT", null, "max " + maxSessions));
                    expired.getResponse().sendRedirect(expired.getRequest().getContextPath() + "/login?expired");
                }))
            .headers(headers -> headers
                // sent only on https answers (directly, or behind a proxy whose X-Forwarded-Proto says https)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(hstsMaxAge.toSeconds()).includeSubDomains(true))
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(self), microphone=()")))
            .addFilterAfter(passwordChangeGate, AuthorizationFilter.class);
        return http.build();
    }

    /** Home after signing in, or first to the change-password form when the password was someone else's choice. */
    private AuthenticationSuccessHandler successHandler() {
        SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler("/");
        home.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            if (passwordChangeGate.markIfRequired(request, authentication)) {
                response.sendRedirect(request.getContextPath() + "/account/password?required");
            } else {
                home.onAuthenticationSuccess(request, response, authentication);
            }
        };
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

    /**
     * Sessions are Spring Session's, in PostgreSQL: the registry counts an account's sessions over every
     * instance of the application (the request's own session is not read twice).
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new CurrentRequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
    }

    /**
     * Spring Session's JDBC repository, as Boot configures it, wrapped so that a session's last access is
     * written at most once per {@code app.session.touch-every} (a post-processor, because declaring a session
     * repository of our own would switch Boot's JDBC session configuration off).
     */
    @Bean
    static BeanPostProcessor sparingSessionRepository(Environment environment) {
        Duration touchEvery = environment.getProperty("app.session.touch-every", Duration.class, Duration.ofMinutes(1));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SparingSessionRepository(jdbc, touchEvery)
                        : bean;
            }
        };
    }

    /** Just before Spring Session's filter, so that its reads and saves share one request's memory. */
    @Bean
    FilterRegistrationBean<SessionReadOnceFilter> sessionReadOnceFilter() {
        FilterRegistrationBean<SessionReadOnceFilter> registration = new FilterRegistrationBean<>(new SessionReadOnceFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}

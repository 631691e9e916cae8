package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application × every role, read from the request mappings: an endpoint without an
 * entry in {@link #MATRIX} fails this test, so nobody adds a page without deciding who may use it.
 * Codes per column (anonymous, admin, office, leader, inspector, liaison, security, auditor); a row of six
 * codes denies the security and audit administrators (三员分立: they see no campaign records):
 * {@code A} allowed (a GET must not answer 401/403, a redirect to the sign-in page or 5xx; POSTs are not
 * sent for allowed roles, their effects are the features' tests), {@code D} denied (403),
 * {@code L} sign in first (anonymous: a redirect to /login, or 401 on /api), {@code P} public.
 * Record ids are the demo liaison's own unit's records, so {@code A} for her means "her own"; other units'
 * records are the features' authorization tests.
 */
class AuthorizationMatrixTests extends AbstractIntegrationTests {

    static final String[] USERS = {null, "admin", "office", "leader", "inspector", "liaison", "security", "auditor"};

    static final String MATRIX = """
            GET  /login                                   P A A A A A A A
            GET  /                                        L A A A A A A A
            GET  /tasks                                  L A A A A A
            GET  /tasks/export.xlsx                      L A A A A A
            GET  /tasks/board                            L A A A A A
            GET  /tasks/mine                             L D D D D A
            GET  /tasks/{id}                             L A A A A A
            GET  /tasks/{id}/photos/{attachmentId}       L A A A A A
            GET  /tasks/{id}/report                      L A A D D A
            POST /tasks/{id}/report                      L A A D D A
            POST /tasks/{id}/request-acceptance          L D D D D A
            POST /tasks/{id}/close                       L A A D D D
            POST /tasks/{id}/return                      L A A D D D
            POST /tasks/{id}/reassign                    L A A D D D
            GET  /tasks/completion                       L A A A A D
            GET  /tasks/import                           L A A D D D
            GET  /tasks/import/template.xlsx             L A A D D D
            POST /tasks/import                           L A A D D D
            POST /tasks/import/confirm                   L A A D D D
            POST /tasks/import/cancel                    L A A D D D
            GET  /tasks/import/preview                   L A A D D D
            POST /tasks/import/units                     L A A D D D
            POST /tasks/import/groups                    L A A D D D
            GET  /tasks/new                              L A A D D D
            POST /tasks/new                              L A A D D D
            GET  /tasks/{id}/edit                        L A A D D D
            POST /tasks/{id}/edit                        L A A D D D
            GET  /tasks/import/aliases                   L A A D D D
            POST /tasks/import/aliases/units/{id}/delete L A A D D D
            POST /tasks/import/aliases/groups/{id}/delete L A A D D D
            GET  /rates                                  L A A A A A
            GET  /api/rates                              L A A A A A
            GET  /problems                               L A A A A A
            GET  /problems/mine                          L A A A A A
            GET  /problems/new                           L A A D A D
            POST /problems/new                           L A A D A D
            GET  /problems/export.xlsx                   L A A A A A
            GET  /problems/return-reasons                L A A D D D
            POST /problems/return-reasons                L A A D D D
            POST /problems/return-reasons/delete         L A A D D D
            GET  /problems/{id}                          L A A A A A
            GET  /problems/{id}/submit                   L D D D D A
            POST /problems/{id}/submit                   L D D D D A
            POST /problems/{id}/{action:close|return|reassign|extend|cancel} L A A D D D
            POST /problems/bulk                          L A A D D D
            GET  /problems/{id}/photos/{attachmentId}    L A A A A A
            GET  /inspections                            L A A A A A
            GET  /inspections/new                        L A A D A D
            POST /inspections/new                        L A A D A D
            GET  /inspections/{id}/edit                  L A A D A D
            POST /inspections/{id}/edit                  L A A D A D
            GET  /inspections/{id}                       L A A A A A
            POST /inspections/{id}/problems              L A A D A D
            GET  /inspections/{id}/photos/{attachmentId} L A A A A A
            GET  /checkpoints                            L A A A A A
            GET  /checkpoints/of-unit/{unitId}           L A A A A A
            GET  /checkpoints/{id}                       L A A A A A
            GET  /checkpoints/new                        L A A D D D
            POST /checkpoints/new                        L A A D D D
            GET  /checkpoints/{id}/edit                  L A A D D D
            POST /checkpoints/{id}/edit                  L A A D D D
            POST /checkpoints/{id}/deactivate            L A A D D D
            POST /checkpoints/{id}/reactivate            L A A D D D
            GET  /categories                             L A A A A A
            GET  /categories/{id}                        L A A A A A
            GET  /indicators                             L A A A A A
            GET  /units                                  L A A A A A
            GET  /units/{id}                             L A A A A A
            GET  /units/new                              L A A D D D
            POST /units/new                              L A A D D D
            GET  /units/{id}/edit                        L A A D D D
            POST /units/{id}/edit                        L A A D D D
            POST /units/{id}/contact                     L A A D D A
            POST /units/{id}/head                        L A A D D D
            GET  /work-groups                            L A A A A A
            GET  /work-groups/new                        L A A D D D
            POST /work-groups/new                        L A A D D D
            GET  /work-groups/{id}/edit                  L A A D D D
            POST /work-groups/{id}/edit                  L A A D D D
            GET  /admin/calendar                         L A D D D D
            GET  /admin/calendar/new                     L A D D D D
            GET  /admin/calendar/{day}/edit              L A D D D D
            POST /admin/calendar                         L A D D D D
            POST /admin/calendar/{day}/delete            L A D D D D
            GET  /admin/accounts                          L A D D D D A D
            GET  /admin/accounts/new                      L A D D D D A D
            POST /admin/accounts                          L A D D D D A D
            GET  /admin/accounts/{id}/edit                L A D D D D A D
            POST /admin/accounts/{id}                     L A D D D D A D
            GET  /admin/accounts/{id}/password            L A D D D D D D
            POST /admin/accounts/{id}/password            L A D D D D D D
            POST /admin/accounts/{id}/unlock              L A D D D D A D
            GET  /account/password                        L A A A A A A A
            GET  /dashboard                              L A A A D D
            GET  /dashboard/screen                       L A A A D D
            GET  /dashboard/data                         L A A A D D
            GET  /rankings                               L A A A D D
            POST /rankings/{month}/close                 L D A D D D
            POST /rankings/{month}/reopen                L D A D D D
            GET  /rankings/settings                      L A D D D D
            POST /rankings/settings                      L A D D D D
            GET  /bulletins                              L A A A D D
            POST /bulletins                              L D A D D D
            GET  /bulletins/{id}.pdf                     L A A A D D
            GET  /bulletins/{id}.xlsx                    L A A A D D
            GET  /admin/statistics                       L A D D D D
            POST /admin/statistics/rebuild               L A D D D D
            POST /account/password                        L A A A A A A A
            GET  /audit                                   L D D D D D D A
            GET  /audit/export.xlsx                       L D D D D D D A
            GET  /report                                 P A A A A A A A
            POST /report                                 P A A A A A A A
            GET  /report/submitted                       P A A A A A A A
            GET  /report/status                          P A A A A A A A
            POST /report/status                          P A A A A A A A
            GET  /report/resolved                        P A A A A A A A
            GET  /report/checkpoints                     P A A A A A A A
            GET  /reports                                L A A A D D
            GET  /reports/{id}                           L A A A D D
            GET  /reports/{id}/photos/{attachmentId}     L A A A D D
            POST /reports/{id}/{step:accept|reject|merge|merge-problem|dispatch|reply} L D A D D D
            GET  /reports/settings                       L A A A D D
            POST /reports/settings/categories            L D A D D D
            POST /reports/settings/categories/{id}       L D A D D D
            POST /reports/settings/rules                 L D A D D D
            POST /reports/settings/rules/{id}/delete     L D A D D D
            GET  /reports/rewards                        L D A D D D
            POST /reports/rewards/{id}/pay               L D A D D D
            POST /reports/rewards/{id}/refuse            L D A D D D
            GET  /reports/rewards/export.xlsx            L D A D D D
            GET  /reports/figures                        L A A A D D
            GET  /admin/open311-keys                     L A D D D D
            POST /admin/open311-keys                     L A D D D D
            POST /admin/open311-keys/{id}/revoke         L A D D D D
            GET  /open311/v2/discovery                   P A A A A A A A
            GET  /open311/v2/discovery.{format}          P A A A A A A A
            GET  /open311/v2/services                    P A A A A A A A
            GET  /open311/v2/services.{format}           P A A A A A A A
            GET  /open311/v2/services/{resource}         P A A A A A A A
            GET  /open311/v2/requests                    P A A A A A A A
            GET  /open311/v2/requests.{format}           P A A A A A A A
            POST /open311/v2/requests                    P A A A A A A A
            POST /open311/v2/requests.{format}           P A A A A A A A
            GET  /open311/v2/requests/{resource}         P A A A A A A A
            GET  /open311/v2/tokens/{resource}           P A A A A A A A
            GET  /open311/v2/media/{resource}            P A A A A A A A
            GET  /notifications                          L A A A A A A A
            GET  /notifications/count                    L A A A A A A A
            GET  /notifications/{notificationId}         L A A A A A A A
            POST /notifications/{notificationId}/read    L A A A A A A A
            POST /notifications/read-all                 L A A A A A A A
            GET  /notifications/preferences              L A A A A A A A
            POST /notifications/preferences              L A A A A A A A
            GET  /notifications/webhooks                 L A A D D D
            POST /notifications/webhooks                 L A A D D D
            POST /notifications/webhooks/{unitId}/delete L A A D D D
            GET  /visits                                 L A A A A A
            GET  /visits/new                             L D D A D A
            POST /visits/new                             L D D A D A
            GET  /visits/{id}                            L A A A A A
            GET  /visits/{id}/photos/{attachmentId}      L A A A A A
            GET  /visits/{id}/edit                       L A A A D A
            POST /visits/{id}/edit                       L A A A D A
            POST /visits/{id}/photos/{attachmentId}/remove L A A A D A
            GET  /visits/compliance                      L A A A A D
            GET  /activities                             L A A A A A
            GET  /activities/figures                     L A A A A A
            GET  /activities/export.xlsx                 L A A A A A
            GET  /activities/new                         L A A D D A
            POST /activities/new                         L A A D D A
            GET  /activities/{id}                        L A A A A A
            GET  /activities/{id}/edit                   L A A D D A
            POST /activities/{id}/edit                   L A A D D A
            GET  /activities/{id}/photos/{attachmentId}  L A A A A A
            GET  /supervision                            L A A D D D
            GET  /grids                                  L A A A A A
            GET  /grids/new                              L A A D D D
            POST /grids/new                              L A A D D D
            GET  /grids/{id}                             L A A A A A
            GET  /grids/{id}/edit                        L A A D D D
            POST /grids/{id}/edit                        L A A D D D
            POST /grids/{id}/checkpoints                 L A A D D D
            POST /tasks/{id}/confirm-quantity            L D D D D D
            POST /tasks/{id}/require-confirmation        L A A D D D
            GET  /meetings                               L A A A A A
            GET  /meetings/absences                      L A A A A A
            GET  /meetings/new                           L A A D D D
            POST /meetings/new                           L A A D D D
            GET  /meetings/{id}                          L A A A A A
            GET  /meetings/{id}/edit                     L A A D D D
            POST /meetings/{id}/edit                     L A A D D D
            POST /meetings/{id}/decisions                L A A D D D
            GET  /notifications/settings                 L A A D D D
            POST /notifications/settings                 L A A D D D
            GET  /counselor-groups                       L A A D D D
            GET  /counselor-groups/new                   L A A D D D
            GET  /counselor-groups/units                 L A A D D D
            POST /counselor-groups/new                   L A A D D D
            GET  /counselor-groups/{id}/edit             L A A D D D
            POST /counselor-groups/{id}/edit             L A A D D D
            POST /counselor-groups/{id}/delete           L A A D D D
            """;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    static Map<String, String> matrix() {
        Map<String, String> rows = new LinkedHashMap<>();
        MATRIX.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\s+");
            String codes = String.join("", List.of(parts).subList(2, parts.length));
            rows.put(parts[0] + " " + parts[1], codes.length() == 6 ? codes + "DD" : codes);
        });
        return rows;
    }

    Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                for (var m : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    found.add(m.name() + " " + pattern);
                }
            }
        });
        return found;
    }

    @Test
    void everyEndpointHasAnEntryAndEveryEntryAnEndpoint() {
        Set<String> missing = new TreeSet<>(endpoints());
        missing.removeAll(matrix().keySet());
        assertThat(missing).as("endpoints without an entry in AuthorizationMatrixTests.MATRIX").isEmpty();
        Set<String> stale = new TreeSet<>(matrix().keySet());
        stale.removeAll(endpoints());
        assertThat(stale).as("entries in the matrix without an endpoint").isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws Exception {
        Map<String, String> ids = ids();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> row : matrix().entrySet()) {
            String method = row.getKey().split(" ")[0];
            String pattern = row.getKey().split(" ")[1];
            // a placeholder's regular expression ({action:close|return}) is not part of the value
            String url = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
            for (Map.Entry<String, String> id : ids.entrySet()) {
                url = url.replace("{" + id.getKey() + "}", id.getValue());
            }
            if (pattern.startsWith("/problems/")) {
                url = url.replace("{id}", ids.get("problem"));
            } else if (pattern.startsWith("/tasks/")) {
                url = url.replace("{id}", ids.get("task"));
            } else if (pattern.startsWith("/inspections/")) {
                url = url.replace("{id}", ids.get("inspection"));
            } else if (pattern.startsWith("/checkpoints/")) {
                url = url.replace("{id}", ids.get("checkpoint"));
            } else if (pattern.startsWith("/units/")) {
                url = url.replace("{id}", ids.get("unitId"));
            } else if (pattern.startsWith("/categories/")) {
                url = url.replace("{id}", ids.get("category"));
            } else if (pattern.startsWith("/work-groups/")) {
                url = url.replace("{id}", ids.get("workGroup"));
            } else if (pattern.startsWith("/activities/")) {
                url = url.replace("{id}", ids.get("activity"));
            } else if (pattern.startsWith("/grids/")) {
                url = url.replace("{id}", ids.get("grid"));
            } else if (pattern.startsWith("/meetings/")) {
                url = url.replace("{id}", ids.get("meeting"));
            } else if (pattern.startsWith("/visits/")) {
                url = url.replace("{id}", ids.get("visit"));
            } else if (pattern.startsWith("/counselor-groups/")) {
                url = url.replace("{id}", ids.get("counselorGroup"));
            } else if (pattern.startsWith("/bulletins/")) {
                url = url.replace("{id}", "999999999");
            } else if (pattern.startsWith("/reports/")) {
                url = url.replace("{id}", ids.get("report"));
            } else if (pattern.startsWith("/admin/open311-keys/")) {
                url = url.replace("{id}", "999999999");
            } else if (pattern.startsWith("/admin/accounts/")) {
                url = url.replace("{id}", ids.get("account"));
            }
            assertThat(url).as(pattern).doesNotContain("{");
            for (int i = 0; i < USERS.length; i++) {
                char expected = row.getValue().charAt(i);
                if (method.equals("POST") && expected == 'A') {
                    continue;
                }
                String outcome = outcome(method, url, USERS[i], expected);
                checked++;
                if (outcome != null) {
                    wrong.add(method + " " + url + " as " + (USERS[i] == null ? "anonymous" : USERS[i]) + ": " + outcome);
                }
            }
        }
        assertThat(wrong).as("requests that did not get what the matrix says").isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    /** Null when the response is what {@code expected} says, else what happened. */
    String outcome(String method, String url, String username, char expected) throws Exception {
        // required parameters present, so that the role is what decides (not a 400 from a missing one)
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url).with(csrf())
                .param("token", "none");
        if (username != null) {
            request = request.with(user(users.loadUserByUsername(username)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 401 || (status == 302 && location != null && location.endsWith("/login"));
        boolean ok = switch (expected) {
            case 'A', 'P' -> status < 500 && status != 403 && !toLogin;
            case 'D' -> status == 403;
            case 'L' -> toLogin;
            default -> throw new IllegalArgumentException("unknown code " + expected);
        };
        return ok ? null : "expected " + expected + " but got " + status + (location == null ? "" : " -> " + location);
    }

    /** Records of the demo liaison's own unit, so "allowed" for her is tested on what she may see. */
    Map<String, String> ids() {
        Long unit = jdbc.queryForObject("select unit_id from accounts where username = 'liaison'", Long.class);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("unitId", "" + unit);
        ids.put("attachmentId", "999999999");
        ids.put("notificationId", "999999999");
        ids.put("action", "close");
        ids.put("step", "accept");
        ids.put("format", "xml");
        ids.put("resource", "graffiti.xml");
        ids.put("report", "" + jdbc.queryForObject("select coalesce(min(id), 999999999) from citizen_reports", Long.class));
        ids.put("day", "2026-10-01");
        ids.put("month", "2026-10");
        ids.put("problem", "" + jdbc.queryForObject("select min(id) from problems where responsible_unit_id = ?",
                Long.class, unit));
        ids.put("task", "" + jdbc.queryForObject("select min(id) from tasks where lead_unit_id = ?", Long.class, unit));
        ids.put("inspection", "" + jdbc.queryForObject("select min(i.id) from inspections i join checkpoints c"
                + " on c.id = i.checkpoint_id where c.responsible_unit_id = ? and i.status = 'FINISHED'", Long.class, unit));
        ids.put("checkpoint", "" + jdbc.queryForObject("select min(id) from checkpoints where responsible_unit_id = ?",
                Long.class, unit));
        ids.put("visit", "" + jdbc.queryForObject("select coalesce(min(v.id), 999999999) from visits v join checkpoints c"
                + " on c.id = v.checkpoint_id where c.responsible_unit_id = ?", Long.class, unit));
        ids.put("activity", "" + jdbc.queryForObject("select coalesce(min(id), 999999999) from volunteer_activities"
                + " where unit_id = ?", Long.class, unit));
        ids.put("meeting", "" + jdbc.queryForObject("select coalesce(min(id), 999999999) from meetings", Long.class));
        ids.put("counselorGroup", "" + jdbc.queryForObject("select coalesce(min(id), 999999999) from counselor_groups",
                Long.class));
        ids.put("grid", "" + jdbc.queryForObject("select coalesce(min(id), 999999999) from grids", Long.class));
        ids.put("category", "" + jdbc.queryForObject("select min(id) from checkpoint_categories", Long.class));
        ids.put("workGroup", "" + jdbc.queryForObject("select min(id) from work_groups", Long.class));
        ids.put("account", "" + jdbc.queryForObject("select id from accounts where username = 'liaison'", Long.class));
        return ids;
    }
}

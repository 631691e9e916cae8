package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The counselor (创城辅导员) across every endpoint of {@link AuthorizationMatrixTests#MATRIX}: she reads checkpoints,
 * tasks, problems and inspections and records inspections; every other page and every office step is refused.
 * The demo counselor's group covers the demo liaison's unit, whose records the matrix's ids are, so "allowed" is
 * tested on records in her scope (records out of it: {@code CounselorScopeTests}).
 */
class CounselorAuthorizationTests extends AbstractIntegrationTests {

    /** What a counselor may open (GET) or send (POST); anything else of the matrix must answer 403. */
    static final Set<String> ALLOWED = Set.of(
            "GET /", "GET /account/password", "POST /account/password",
            "GET /notifications", "GET /notifications/count", "GET /notifications/{notificationId}",
            "POST /notifications/{notificationId}/read", "POST /notifications/read-all",
            "GET /notifications/preferences", "POST /notifications/preferences",
            "GET /checkpoints", "GET /checkpoints/of-unit/{unitId}", "GET /checkpoints/{id}",
            "GET /tasks", "GET /tasks/export.xlsx", "GET /tasks/board", "GET /tasks/{id}",
            "GET /tasks/{id}/photos/{attachmentId}",
            "GET /problems", "GET /problems/mine", "GET /problems/export.xlsx", "GET /problems/{id}",
            "GET /problems/{id}/photos/{attachmentId}",
            "GET /inspections", "GET /inspections/{id}", "GET /inspections/{id}/photos/{attachmentId}",
            "GET /inspections/new", "POST /inspections/new", "GET /inspections/{id}/edit", "POST /inspections/{id}/edit",
            "POST /inspections/{id}/problems");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aCounselorReadsHerGroupsRecordsAndIsRefusedEverythingElse() throws Exception {
        Long unit = jdbc.queryForObject("select unit_id from accounts where username = 'liaison'", Long.class);
        Map<String, String> ids = Map.of(
                "/problems/", one("select min(id) from problems where responsible_unit_id = ?", unit),
                "/tasks/", one("select min(id) from tasks where lead_unit_id = ?", unit),
                "/inspections/", one("select min(i.id) from inspections i join checkpoints c on c.id = i.checkpoint_id"
                        + " where c.responsible_unit_id = ? and i.status = 'FINISHED'", unit),
                "/checkpoints/", one("select min(id) from checkpoints where responsible_unit_id = ?", unit));
        var counselor = users.loadUserByUsername("counselor");
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (Map.Entry<String, String> row : AuthorizationMatrixTests.matrix().entrySet()) {
            String method = row.getKey().split(" ")[0];
            String pattern = row.getKey().split(" ")[1];
            boolean isPublic = row.getValue().charAt(0) == 'P';
            boolean allowed = isPublic || ALLOWED.contains(row.getKey());
            if (allowed && method.equals("POST")) {
                continue; // the effects of allowed steps are the features' tests
            }
            String url = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}").replace("{unitId}", "" + unit)
                    .replace("{action}", "close").replace("{step}", "accept").replace("{month}", "2026-10");
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (pattern.startsWith(id.getKey())) {
                    url = url.replace("{id}", id.getValue());
                }
            }
            url = url.replaceAll("\\{\\w+}", "999999999");
            int status = mvc.perform(request(HttpMethod.valueOf(method), url).with(csrf()).param("token", "none")
                    .with(user(counselor))).andReturn().getResponse().getStatus();
            boolean ok = allowed ? status < 500 && status != 403 && status != 401 : status == 403;
            if (!allowed) {
                refused++;
            }
            if (!ok) {
                wrong.add(method + " " + url + ": " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
            }
        }
        assertThat(wrong).as("counselor requests that did not get what she may do").isEmpty();
        assertThat(refused).isGreaterThan(100);
    }

    private String one(String sql, Long unit) {
        return "" + jdbc.queryForObject(sql, Long.class, unit);
    }
}

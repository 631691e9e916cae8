package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hostile-input corpus ({@code hostile-strings.txt}, plus a 10,000-character string) sent to text fields
 * of the main forms and to every list's search: never a 5xx, never an unescaped echo of markup, and a form
 * that refuses an input says why next to it.
 */
class HostileCorpusTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;

    static List<String> corpus() throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = HostileCorpusTests.class.getResourceAsStream("/hostile-strings.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    strings.add(unescape(line));
                }
            }
        }
        strings.add("长".repeat(10_000));
        strings.add("<b>" + "x".repeat(5_000) + "</b>");
        return strings;
    }

    static String unescape(String line) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString().replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    /** Null when the answer is acceptable, else why not. */
    static String judge(String what, String input, MockHttpServletResponse response, boolean form) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return what + ": " + status;
        }
        String body = response.getContentAsString();
        if (input.contains("<") && body.contains(input)) {
            return what + ": markup echoed unescaped";
        }
        if (form && status == 200 && !(body.contains("is-invalid") || body.contains("alert-danger"))) {
            return what + ": refused without a message";
        }
        return null;
    }

    @Test
    void everyHostileStringInTheMainFormsAndSearchesIsRefusedOrStoredSafely() throws Exception {
        Long unit = jdbc.queryForObject("select unit_id from accounts where username = 'liaison'", Long.class);
        Long task = jdbc.queryForObject("select min(id) from tasks where lead_unit_id = ? and status in ('NOT_STARTED', 'IN_PROGRESS')",
                Long.class, unit);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String input : corpus()) {
            String shown = input.length() > 40 ? input.substring(0, 40) + "…" : input;
            for (String list : new String[] {"/problems", "/tasks", "/checkpoints", "/units", "/inspections"}) {
                wrong.add(judge("GET " + list + "?q=" + shown, input,
                        mvc.perform(as(get(list).param("q", input), "office")).andReturn().getResponse(), false));
                sent++;
            }
            wrong.add(judge("GET /admin/accounts?q=" + shown, input,
                    mvc.perform(as(get("/admin/accounts").param("q", input), "admin")).andReturn().getResponse(), false));
            wrong.add(judge("GET /audit?q=" + shown, input,
                    mvc.perform(as(get("/audit").param("q", input).param("username", input), "auditor"))
                            .andReturn().getResponse(), false));
            wrong.add(judge("POST /work-groups/new " + shown, input, mvc.perform(as(post("/work-groups/new")
                    .param("name", input).param("leadUnitId", String.valueOf(unit)).param("duties", input), "office"))
                    .andReturn().getResponse(), true));
            wrong.add(judge("POST /units/{id}/contact " + shown, input, mvc.perform(as(post("/units/" + unit + "/contact")
                    .param("contactPerson", input).param("contactPhone", input).param("version", version("units", unit)),
                    "liaison")).andReturn().getResponse(), true));
            if (task != null) {
                wrong.add(judge("POST /tasks/{id}/report " + shown, input, mvc.perform(as(post("/tasks/" + task + "/report")
                        .param("text", input).param("quantityDone", input).param("version", version("tasks", task)),
                        "liaison")).andReturn().getResponse(), true));
            }
            wrong.add(judge("POST /login " + shown, input, mvc.perform(post("/login").param("username", input)
                    .param("password", input).with(csrf()).with(r -> {
                        r.setRemoteAddr("192.0.2." + (input.hashCode() & 0x7f));
                        return r;
                    })).andReturn().getResponse(), false));
            sent += 6;
        }
        assertThat(wrong.stream().filter(w -> w != null).toList()).as("answers to hostile input").isEmpty();
        assertThat(sent).isGreaterThan(250);
        // whatever was stored comes back escaped
        String groups = mvc.perform(as(get("/work-groups"), "office")).andReturn().getResponse().getContentAsString();
        assertThat(groups).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
    }

    /**
     * The field steps and the JSON endpoints: an inspection's form and its free-form problem, the problem steps
     * (evidence, verify, return, extend) on problems of this test's own, the checkpoint form, {@code /api/rates},
     * {@code /dashboard/data} and Open311. Every answer: no 5xx, no markup echoed unescaped, a message beside a
     * refused form; JSON stays JSON. Forms that could save are sent with one input that cannot bind (a date, a
     * coordinate without its pair), so the demo city gains no checkpoints or inspections.
     */
    @Test
    void theFieldStepsCheckpointFormsAndJsonEndpointsRefuseOrStoreTheCorpusSafely() throws Exception {
        Actor office = accounts.findByUsername("office").orElseThrow().toActor();
        Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        Checkpoint own = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        String district = String.valueOf(jdbc.queryForObject("select district_id from checkpoints where id = ?", Long.class, own.getId()));
        String category = String.valueOf(jdbc.queryForObject("select category_id from checkpoints where id = ?", Long.class, own.getId()));
        Long standard = jdbc.queryForObject("select min(id) from standards", Long.class);
        Long inspection = jdbc.queryForObject("select min(id) from inspections where status = 'FINISHED'", Long.class);
        long inspectionsBefore = jdbc.queryForObject("select count(*) from inspections", Long.class);
        long checkpointsBefore = jdbc.queryForObject("select count(*) from checkpoints", Long.class);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String input : corpus()) {
            String shown = input.length() > 40 ? input.substring(0, 40) + "…" : input;
            // an inspection: a date that cannot bind, then a valid one but finishing with nothing answered
            wrong.add(judge("POST /inspections/new (bad date) " + shown, input, mvc.perform(as(post("/inspections/new")
                    .param("checkpointId", String.valueOf(own.getId())).param("inspectedAt", input + "x")
                    .param("inspectors", input).param("notes", input).param("latitude", input)
                    .param("results[" + standard + "]", input).param("itemNotes[" + standard + "]", input),
                    "inspector")).andReturn().getResponse(), true));
            wrong.add(judge("POST /inspections/new (finish) " + shown, input, mvc.perform(as(post("/inspections/new")
                    .param("checkpointId", String.valueOf(own.getId())).param("inspectedAt", "2026-11-30T09:00")
                    .param("inspectors", input).param("notes", input).param("action", "finish"), "inspector"))
                    .andReturn().getResponse(), true));
            wrong.add(judge("POST /inspections/{id}/problems " + shown, input, mvc.perform(as(post("/inspections/"
                    + inspection + "/problems").param("description", input).param("severity", input)
                    .param("deadline", input + "x"), "inspector")).andReturn().getResponse(), true));
            // the checkpoint form: a latitude without its longitude never saves
            wrong.add(judge("POST /checkpoints/new " + shown, input, mvc.perform(as(post("/checkpoints/new")
                    .param("name", input).param("address", input).param("categoryId", input)
                    .param("districtId", district)
                    .param("responsibleUnitId", String.valueOf(liaison.unitId())).param("latitude", input.isBlank() ? "1" : input),
                    "office")).andReturn().getResponse(), true));
            wrong.add(judge("POST /checkpoints/{id}/edit " + shown, input, mvc.perform(as(post("/checkpoints/"
                    + own.getId() + "/edit").param("name", input).param("address", input)
                    .param("categoryId", category)
                    .param("districtId", district)
                    .param("responsibleUnitId", String.valueOf(liaison.unitId())).param("longitude", "114.3")
                    .param("version", version("checkpoints", own.getId())), "office")).andReturn().getResponse(), true));
            // the problem steps, on problems of this test's own
            Problem toSubmit = problems.raise(office, new NewProblem(own.getId(), null, null, "语料整改 " + sent,
                    ProblemSeverity.GENERAL, null, null), List.of());
            wrong.add(judge("POST /problems/{id}/submit " + shown, input, mvc.perform(as(post("/problems/"
                    + toSubmit.getId() + "/submit").param("text", input).param("version", version("problems", toSubmit.getId())),
                    "liaison")).andReturn().getResponse(), true));
            for (String action : new String[] {"return", "close", "extend"}) {
                Problem submitted = problems.raise(office, new NewProblem(own.getId(), null, null, "语料复查 " + sent,
                        ProblemSeverity.GENERAL, null, null), List.of());
                problems.submit(liaison, submitted.getId(), Long.parseLong(version("problems", submitted.getId())),
                        "已整改", UploadedFiles.afterPhoto());
                MockHttpServletRequestBuilder step = post("/problems/" + submitted.getId() + "/" + action)
                        .param("reason", input).param("standardReason", input)
                        .param("version", version("problems", submitted.getId()));
                if (action.equals("extend")) {
                    step.param("deadline", input + "x");
                }
                MockHttpServletResponse answer = mvc.perform(as(step, "office")).andReturn().getResponse();
                wrong.add(judge("POST /problems/{id}/" + action + " " + shown, input, answer, true));
                if (answer.getStatus() == 302) {
                    wrong.add(judge("GET /problems/{id} after " + action + " " + shown, input, mvc.perform(
                            as(get("/problems/" + submitted.getId()), "liaison")).andReturn().getResponse(), false));
                }
            }
            // JSON
            wrong.add(judgeJson("GET /api/rates " + shown, mvc.perform(as(get("/api/rates").param("from", input)
                    .param("to", input).param("unitId", input).param("groupBy", input), "office")).andReturn().getResponse()));
            wrong.add(judgeJson("GET /api/rates?groupBy " + shown, mvc.perform(as(get("/api/rates")
                    .param("groupBy", input), "office")).andReturn().getResponse()));
            wrong.add(judgeJson("GET /dashboard/data " + shown, mvc.perform(as(get("/dashboard/data").param("from", input)
                    .param("to", input).param("period", input).param("districtId", input).param("unitType", input),
                    "leader")).andReturn().getResponse()));
            wrong.add(judgeJson("GET /open311/v2/requests.json " + shown, mvc.perform(get("/open311/v2/requests.json")
                    .param("service_request_id", input).param("service_code", input).param("start_date", input)
                    .param("status", input)).andReturn().getResponse()));
            wrong.add(judgeJson("POST /open311/v2/requests.json " + shown, mvc.perform(post("/open311/v2/requests.json")
                    .param("api_key", input).param("service_code", input).param("description", input)
                    .param("lat", input).param("long", input)).andReturn().getResponse()));
            sent += 14;
        }
        assertThat(wrong.stream().filter(w -> w != null).toList()).as("answers to hostile input").isEmpty();
        assertThat(sent).isGreaterThan(350);
        assertThat(jdbc.queryForObject("select count(*) from inspections", Long.class)).isEqualTo(inspectionsBefore);
        assertThat(jdbc.queryForObject("select count(*) from checkpoints", Long.class)).isEqualTo(checkpointsBefore);
    }

    /** Null when a JSON endpoint answered acceptably: below 500, and JSON (so nothing a browser would render). */
    static String judgeJson(String what, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() >= 500) {
            return what + ": " + response.getStatus();
        }
        String type = response.getContentType();
        if (type == null || !type.contains("json")) {
            return what + ": " + response.getStatus() + " as " + type;
        }
        try {
            new tools.jackson.databind.ObjectMapper().readTree(response.getContentAsString());
        } catch (RuntimeException e) {
            return what + ": not JSON";
        }
        return null;
    }

    String version(String table, Long id) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
    }
}

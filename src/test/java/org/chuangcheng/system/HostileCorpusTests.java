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

    String version(String table, Long id) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
    }
}

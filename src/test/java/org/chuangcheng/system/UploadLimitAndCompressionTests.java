package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractBrowserTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Through the real Tomcat (not MockMvc, which has no multipart limits and no compression): a request over
 * the multipart limits gets the application's own 413 page in Chinese, never Tomcat's English one; a photo
 * over the per-photo limit reaches the form, which says so and keeps the typed text; pages are gzipped;
 * the favicon and the web app manifest are served to anyone.
 */
class UploadLimitAndCompressionTests extends AbstractBrowserTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    void signInAs(String username) throws Exception {
        String token = csrf(get("/login").body());
        String form = "username=" + username + "&password=Demo%402026&_csrf=" + token;
        http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] multipart(String boundary, String csrf, String version, String text, int photoBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"_csrf", csrf}, {"version", version}, {"text", text}}) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(new byte[photoBytes]);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpResponse<String> submit(Long problemId, int photoBytes, String text) throws Exception {
        String page = get("/problems/" + problemId + "/submit").body();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String boundary = "----cc" + UUID.randomUUID();
        return http.send(HttpRequest.newBuilder(URI.create(url("/problems/" + problemId + "/submit")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", "zh-CN")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf(page), version, text,
                                photoBytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Long ownAssignedProblem() {
        return jdbc.queryForObject("select p.id from problems p join accounts a on a.unit_id = p.responsible_unit_id"
                + " where a.username = 'liaison' and p.status = 'ASSIGNED' order by p.id desc limit 1", Long.class);
    }

    @Test
    void aRequestOverTheLimitGetsTheApplicationsOwnPageNotTomcats() throws Exception {
        signInAs("liaison");
        Long id = ownAssignedProblem();

        HttpResponse<String> answer = submit(id, 61 * 1024 * 1024, "已整改");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传内容过大", "已填写的文字仍在").doesNotContain("HTTP Status", "Apache Tomcat");
        assertThat(jdbc.queryForObject("select status from problems where id = ?", String.class, id)).isEqualTo("ASSIGNED");
    }

    @Test
    void aPhotoOverItsOwnLimitIsAFieldMessageAndTheTypedTextIsKept() throws Exception {
        signInAs("liaison");
        Long id = ownAssignedProblem();

        HttpResponse<String> answer = submit(id, 11 * 1024 * 1024, "井盖已补装，警示牌已撤除");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("is-invalid", "井盖已补装，警示牌已撤除").doesNotContain("HTTP Status");
        assertThat(jdbc.queryForObject("select status from problems where id = ?", String.class, id)).isEqualTo("ASSIGNED");
    }

    @Test
    void pagesAreGzippedAndTheIconAndManifestAreServedToAnyone() throws Exception {
        HttpResponse<byte[]> login = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<String> manifest = get("/img/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\": \"创城\"", "/img/icon-192.png");
        assertThat(get("/img/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(get("/login").body()).contains("rel=\"manifest\"", "rel=\"icon\"");
    }
}

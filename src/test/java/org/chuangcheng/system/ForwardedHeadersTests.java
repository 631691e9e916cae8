package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Behind a reverse proxy (README "Sessions, several instances, proxies and HTTPS"): with
 * {@code server.forward-headers-strategy=native} Tomcat takes the client's address and scheme from
 * {@code X-Forwarded-For}/{@code -Proto}, but only from a connection whose address is a trusted internal proxy.
 * The real Tomcat on a random port; the proxy is a connection from 127.0.0.1, an untrusted client one from
 * 127.0.0.2 (also loopback on Linux), written by hand so the source address can be chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
class ForwardedHeadersTests extends AbstractIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie:\\s*(SESSION=[^;\\r\\n]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void throttlingAndTheAuditLogSeeTheClientAddressTheTrustedProxyForwards() throws Exception {
        String username = unique();
        String client = "203.0.113." + (1 + SEQUENCE.get() % 250);

        String answer = failSignIn("127.0.0.1", username, "X-Forwarded-For: " + client + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302").containsPattern("(?im)^Location: .*/login\\?error");
        assertThat(auditedAddress(username)).isEqualTo(client);
        assertThat(throttledAddress(username)).isEqualTo(client);
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotSpoofItsAddress() throws Exception {
        String username = unique();

        failSignIn("127.0.0.2", username, "X-Forwarded-For: 203.0.113.200\r\nX-Real-IP: 203.0.113.201\r\n");

        assertThat(auditedAddress(username)).isEqualTo("127.0.0.2");
        assertThat(throttledAddress(username)).isEqualTo("127.0.0.2");
    }

    @Test
    void onlyTheTrustedProxyCanSayTheRequestCameOverHttps() throws Exception {
        String proto = "X-Forwarded-Proto: https\r\n";

        assertThat(send("127.0.0.1", "GET /login HTTP/1.0\r\nHost: cc.example\r\n" + proto + "\r\n"))
                .containsPattern("(?im)^Strict-Transport-Security: max-age=");
        assertThat(send("127.0.0.2", "GET /login HTTP/1.0\r\nHost: cc.example\r\n" + proto + "\r\n"))
                .doesNotContainPattern("(?im)^Strict-Transport-Security");
    }

    /** A wrong password for {@code username}, sent from {@code from} with the extra headers: the answer. */
    String failSignIn(String from, String username, String headers) throws IOException {
        String page = send(from, "GET /login HTTP/1.0\r\nHost: localhost\r\n" + headers + "\r\n");
        Matcher token = CSRF.matcher(page);
        Matcher session = SESSION.matcher(page);
        assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
        assertThat(session.find()).as("session cookie").isTrue();
        String body = "username=" + username + "&password=Wrong%40" + SEQUENCE.incrementAndGet()
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send(from, "POST /login HTTP/1.0\r\nHost: localhost\r\n" + headers + "Cookie: " + session.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.US_ASCII).length + "\r\n\r\n" + body);
    }

    /** One HTTP/1.0 exchange (no chunking, the server closes) from the given local address. */
    String send(String from, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    String auditedAddress(String username) {
        return jdbc.queryForObject("""
                select client_address from audit_log where username = ? and action = 'AUTHENTICATION_FAILURE'
                """, String.class, username);
    }

    String throttledAddress(String username) {
        return jdbc.queryForObject("select client_address from sign_in_failures where username = ?", String.class,
                username);
    }

    static String unique() {
        return "proxied" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }
}

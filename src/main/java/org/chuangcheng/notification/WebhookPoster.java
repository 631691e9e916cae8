package org.chuangcheng.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts a message's JSON to a webhook and reads the answer. A failure is reported without the address: a robot's
 * address carries its token, and the reason is kept on the delivery and written to the log.
 */
final class WebhookPoster {

    private final RestClient client;

    WebhookPoster(Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    /** Throws when the message did not get through; {@code whose} names the webhook in the reason. */
    void post(String address, WebhookFormat format, OutgoingMessage message, String whose) {
        String answer;
        try {
            answer = client.post().uri(URI.create(address)).contentType(MediaType.APPLICATION_JSON)
                    .body(format.body(message)).retrieve().body(String.class);
        } catch (RestClientResponseException e) {
            throw new IllegalStateException("HTTP " + e.getStatusCode().value() + " from the " + whose);
        } catch (RuntimeException e) {
            // the client's own message quotes the address
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getClass().getSimpleName() + " posting to the " + whose);
        }
        format.check(answer);
    }
}

package org.chuangcheng.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a webhook receives. GENERIC: the message's fields, for an SMS gateway or an adapter of one's own.
 * WECOM (企业微信群机器人) and DINGTALK (钉钉自定义机器人): a text message that mentions the recipient by her phone.
 * Both robots answer HTTP 200 with {@code errcode} non-zero when they refuse a message, so their answer is read too.
 */
public enum WebhookFormat {

    GENERIC {
        @Override
        Map<String, Object> body(OutgoingMessage message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", message.notificationId());
            body.put("kind", message.kind());
            body.put("urgent", message.urgent());
            body.put("username", message.username());
            body.put("name", message.recipientName());
            body.put("phone", message.phone());
            body.put("title", message.title());
            body.put("text", message.text());
            body.put("link", message.link());
            return body;
        }

        @Override
        void check(String answer) {
            // any 2xx will do
        }
    },

    WECOM {
        @Override
        Map<String, Object> body(OutgoingMessage message) {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("content", truncate(content(message), WECOM_MAX_BYTES));
            text.put("mentioned_mobile_list", phones(message));
            return Map.of("msgtype", "text", "text", text);
        }
    },

    DINGTALK {
        @Override
        Map<String, Object> body(OutgoingMessage message) {
            // DingTalk shows the mention only when the text names the phone as well
            List<String> phones = phones(message);
            String content = content(message) + (phones.isEmpty() ? ""
                    : "\n" + String.join(" ", phones.stream().map(phone -> "@" + phone).toList()));
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("atMobiles", phones(message));
            at.put("isAtAll", false);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("msgtype", "text");
            body.put("text", Map.of("content", truncate(content, DINGTALK_MAX_BYTES)));
            body.put("at", at);
            return body;
        }

        /** A robot with 加签 security: the timestamp and its HmacSHA256 signature as query parameters. */
        @Override
        String address(String url, String secret, long nowMillis) {
            if (secret == null || secret.isBlank()) {
                return url;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                byte[] signature = mac.doFinal((nowMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
                String sign = URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
                return url + (url.contains("?") ? "&" : "?") + "timestamp=" + nowMillis + "&sign=" + sign;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** WeCom's limit for a text message's content, in UTF-8 bytes. */
    static final int WECOM_MAX_BYTES = 2048;
    /** DingTalk documents no hard limit; long texts are cut at the same size to stay readable in a chat. */
    static final int DINGTALK_MAX_BYTES = 4000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    abstract Map<String, Object> body(OutgoingMessage message);

    /** The address to post to (a signed one where the robot asks for it). */
    String address(String url, String secret, long nowMillis) {
        return url;
    }

    /** Throws when the robot's answer says it refused the message. */
    void check(String answer) {
        JsonNode json;
        try {
            json = JSON.readTree(answer == null || answer.isBlank() ? "{}" : answer);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable answer: " + abbreviate(answer));
        }
        JsonNode code = json.get("errcode");
        if (code == null || code.asInt() != 0) {
            throw new IllegalStateException("refused: " + abbreviate(answer));
        }
    }

    public String messageKey() {
        return "notification.webhook.format." + name();
    }

    static String content(OutgoingMessage message) {
        StringBuilder content = new StringBuilder(message.title());
        if (message.text() != null && !message.text().equals(message.title())) {
            content.append('\n').append(message.text());
        }
        return content.append('\n').append(message.link()).toString();
    }

    /** The phones to mention: those the message names, else its recipient's. */
    static List<String> phones(OutgoingMessage message) {
        if (!message.mentions().isEmpty()) {
            return message.mentions();
        }
        return message.phone() == null || message.phone().isBlank() ? List.of() : List.of(message.phone());
    }

    /** Cuts {@code text} to at most {@code maxBytes} UTF-8 bytes, on a character boundary, marking the cut. */
    static String truncate(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 3; // the ellipsis
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return cut.append('…').toString();
    }

    private static String abbreviate(String answer) {
        return answer == null ? "" : answer.length() > 200 ? answer.substring(0, 200) : answer;
    }
}

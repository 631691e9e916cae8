package org.chuangcheng.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators issue and revoke the keys Open311 clients post requests with. */
@Service
@Transactional
@RequiredArgsConstructor
public class ApiKeyManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeys keys;
    private final Clock clock;

    /** The key just issued, in clear: the only time anybody sees it. */
    public record Issued(ApiKey key, String secret) {
    }

    public Issued issue(Actor actor, String name) {
        requireAdmin(actor);
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new IllegalStep("report.apiKey.name.required").concerning("name");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = keys.save(new ApiKey(name.trim(), hash(secret), secret.substring(0, 8), actor.accountId()));
        return new Issued(key, secret);
    }

    public void revoke(Actor actor, Long id) {
        requireAdmin(actor);
        keys.findById(id).orElseThrow(() -> new NotFoundException("api key", id)).revoke(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ApiKey> all(Actor actor) {
        requireAdmin(actor);
        return keys.findAllByOrderByIdDesc();
    }

    /** Whether a client's key was issued and not revoked. */
    @Transactional(readOnly = true)
    public boolean isValid(String secret) {
        return secret != null && !secret.isBlank() && keys.findByKeyHash(hash(secret)).filter(ApiKey::isActive).isPresent();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotPermitted("report.apiKey.notPermitted");
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

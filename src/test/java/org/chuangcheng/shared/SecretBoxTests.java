package org.chuangcheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM at rest: a round trip, a fresh nonce each time, tampering and another key refused, the key's origin. */
class SecretBoxTests {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path folder;

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        SecretBox box = SecretBox.of(KEY, false, folder.resolve("unused"));
        String url = "https://oapi.dingtalk.com/robot/send?access_token=abc123";

        String one = box.encrypt(url);
        String two = box.encrypt(url);

        assertThat(one).startsWith("v1:").doesNotContain("abc123").isNotEqualTo(two);
        assertThat(box.decrypt(one)).isEqualTo(url);
        assertThat(box.decrypt(two)).isEqualTo(url);
        assertThat(box.encrypt(null)).isNull();
        assertThat(box.decrypt(null)).isNull();
    }

    @Test
    void aChangedValueAnotherKeyOrAPlainValueIsRefusedWithoutSayingWhatItHeld() {
        SecretBox box = SecretBox.of(KEY, false, folder.resolve("unused"));
        String sealed = box.encrypt("SECsecret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        SecretBox other = SecretBox.of(Base64.getEncoder().encodeToString(otherKey), false, folder.resolve("unused"));

        assertThatThrownBy(() -> box.decrypt(tampered)).isInstanceOf(SecretBox.UnreadableSecret.class)
                .hasMessageNotContaining("SECsecret");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(SecretBox.UnreadableSecret.class);
        assertThatThrownBy(() -> box.decrypt("https://plain")).isInstanceOf(SecretBox.UnreadableSecret.class);
        assertThatThrownBy(() -> box.decrypt("v1:@@")).isInstanceOf(SecretBox.UnreadableSecret.class);
    }

    @Test
    void withoutAKeyProductionRefusesToStartWithAClearMessage() {
        assertThatThrownBy(() -> SecretBox.of("", false, folder.resolve("secrets.key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("APP_SECRETS_KEY is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(folder.resolve("secrets.key")).doesNotExist();
        assertThatThrownBy(() -> SecretBox.of("c2hvcnQ=", false, folder)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretBox.of("not base64!", false, folder)).hasMessageContaining("not base64");
    }

    @Test
    void theProductionProfileNeverGeneratesAKey() throws Exception {
        java.util.Properties prod = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        assertThat(prod.getProperty("app.secrets.generate-missing")).isEqualTo("false");
    }

    @Test
    void developmentGeneratesAKeyOnceKeepsItOwnerOnlyAndReadsItOnTheNextStart() throws Exception {
        Path file = folder.resolve("data").resolve("secrets.key");
        String sealed = SecretBox.of(null, true, file).encrypt("robot");

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretBox.of(" ", true, file).decrypt(sealed)).isEqualTo("robot");
    }

    @Test
    void aMaskShowsTheLastFourCharactersOfALongSecretOnly() {
        assertThat(SecretBox.mask("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6")).isEqualTo("••••91f6");
        assertThat(SecretBox.mask("short")).isEqualTo("••••");
        assertThat(SecretBox.mask(null)).isEmpty();
    }
}

package org.chuangcheng.shared;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link SecretBox}: the key from {@code app.secrets.key} ({@code APP_SECRETS_KEY}); in
 * development and tests, without one, a key generated into the data folder; in production a missing key stops
 * the start ({@code app.secrets.generate-missing=false} in the prod profile).
 */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    @Bean
    SecretBox secretBox(@Value("${app.secrets.key:}") String key,
            @Value("${app.secrets.generate-missing:true}") boolean generateMissing,
            @Value("${app.data-dir}") String dataDir) {
        return SecretBox.of(key, generateMissing, Path.of(dataDir, "secrets.key"));
    }
}

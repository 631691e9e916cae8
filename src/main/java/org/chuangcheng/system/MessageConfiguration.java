package org.chuangcheng.system;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The message bundles named by {@code spring.messages.basename} (one per feature), looked up as one table per
 * language. Boot's default source asks each bundle in turn, and each bundle its parents, for every message;
 * a list page resolves a few hundred. The bundles are read once and never reloaded: they are part of the jar.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(properties.getBasename().stream()
                .map(name -> name.contains(":") ? name : "classpath:" + name)
                .toArray(String[]::new));
        source.setDefaultEncoding(properties.getEncoding().name());
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        // never reloaded: each language's bundles are merged once into the table every lookup reads
        source.setCacheMillis(-1);
        return source;
    }
}

package org.chuangcheng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The organisation, checkpoint and indicator pages speak both languages: their bundles have the same keys
 * in English and Chinese, and their templates carry no text outside message keys.
 */
class ReferencePagesTextTests {

    @ParameterizedTest(name = "i18n/{0} has the same keys in both languages")
    @ValueSource(strings = {"messages", "organization", "checkpoint", "indicator"})
    void bundlesHaveTheSameKeysInEnglishAndChinese(String basename) throws IOException {
        Properties english = load("i18n/" + basename + ".properties");
        Properties chinese = load("i18n/" + basename + "_zh_CN.properties");
        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(chinese.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    // an element whose own text has letters, and whose opening tag does not replace that text
    private static final Pattern TEXT = Pattern.compile("<([a-zA-Z][\\w-]*)([^<>]*)>([^<>]*\\p{L}[^<>]*)<");

    @ParameterizedTest(name = "templates/{0} have no hard-coded text")
    @ValueSource(strings = {"organization", "checkpoint", "indicator"})
    void templatesHaveNoHardCodedText(String folder) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates", folder))) {
            for (Path file : files.toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher m = TEXT.matcher(html);
                while (m.find()) {
                    String attributes = m.group(2);
                    boolean replaced = attributes.matches("(?s).*th:(text|utext|errors|replace|insert)=.*");
                    if (!replaced && !m.group(1).equals("title") && !m.group(3).isBlank()) {
                        offenders.add(file.getFileName() + ": " + m.group(3).trim());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReferencePagesTextTests.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

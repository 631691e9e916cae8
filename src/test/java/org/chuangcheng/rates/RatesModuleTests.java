package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chuangcheng.ChuangchengApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rates read the problem figures through the problem feature's public statistics API (so the architecture
 * test sees that dependency) and never the problem tables or another feature's internals.
 */
class RatesModuleTests {

    @Test
    void theRatesReadProblemFiguresThroughTheProblemFeaturesPublicApiOnly() {
        ApplicationModules modules = ApplicationModules.of(ChuangchengApplication.class);
        ApplicationModule rates = modules.getModuleByName("rates").orElseThrow();

        assertThat(rates.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .contains("problem")
                .doesNotContain("inspection");
        assertThat(rates.getBootstrapDependencies(modules).map(ApplicationModule::getName))
                .contains("problem")
                .doesNotContain("inspection");
        modules.detectViolations().filter(v -> v.getMessage().contains("rates")).throwIfPresent();
    }

    @Test
    void noSqlInTheRatesNamesTheProblemFeaturesTables() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/chuangcheng/rates"))) {
            offending = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String code = Files.readString(f).toLowerCase(Locale.ROOT);
                    return Stream.of("from problems", "join problems", "from rectifications", "join rectifications",
                                    "problem_events", "problem_statistics", "problem_relapses")
                            .anyMatch(code::contains);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offending).isEmpty();
    }
}

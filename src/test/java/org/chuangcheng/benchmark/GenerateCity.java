package org.chuangcheng.benchmark;

import org.junit.jupiter.api.Test;

/**
 * The generator as a command (not part of the suite: the name does not end in Tests):
 * <pre>./mvnw -B -ntp test -Dtest=GenerateCity -Dsurefire.failIfNoSpecifiedTests=false -Dgenerator.problems=1000000</pre>
 * fills {@code ./data/scale-pg17} (or {@code -Dscale.data-dir=...}, or an empty external database with
 * {@code -Dscale.url=jdbc:postgresql://... -Dscale.username=... -Dscale.password=...}).
 */
class GenerateCity {

    @Test
    void generateACity() throws Exception {
        long started = System.nanoTime();
        try (ScaleCity city = ScaleCity.open(Integer.getInteger("generator.problems", 1_000_000))) {
            System.out.printf("city ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }
}

package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;

import org.chuangcheng.ChuangchengApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The rates read the inspection schema in SQL and never reach into the inspection feature's code. */
class RatesModuleTests {

    @Test
    void theRatesModuleDependsOnNeitherTheInspectionFeatureNorAnotherModulesInternals() {
        ApplicationModules modules = ApplicationModules.of(ChuangchengApplication.class);
        ApplicationModule rates = modules.getModuleByName("rates").orElseThrow();

        assertThat(rates.getBootstrapDependencies(modules).map(ApplicationModule::getName))
                .doesNotContain("inspection");
        assertThat(rates.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .doesNotContain("inspection");
        modules.detectViolations().filter(v -> v.getMessage().contains("rates")).throwIfPresent();
    }
}

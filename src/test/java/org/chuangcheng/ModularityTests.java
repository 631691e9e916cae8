package org.chuangcheng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The architecture as a test: features use only each other's base packages (never web/ or other
 * internals) and depend on each other without cycles. Also writes the module diagrams to
 * target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChuangchengApplication.class);

    @Test
    void featuresRespectEachOthersInternalsAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

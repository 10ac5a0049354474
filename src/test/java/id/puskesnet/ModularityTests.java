package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: each module reaches another only through its public root package. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PuskesnetApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theExpectedModulesAreDetected() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("access", "account", "common", "demo", "facility");
    }

    @Test
    void accessDependsOnNoOtherModule() {
        ApplicationModule access = MODULES.getModuleByName("access").orElseThrow();
        assertThat(access.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getIdentifier)).isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}

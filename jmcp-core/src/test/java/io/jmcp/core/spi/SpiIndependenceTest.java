package io.jmcp.core.spi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The SPI that custom tools compile against depends on nothing of core's implementation, and the
 * session pool does not depend on the SPI: a refactoring of either side cannot break the other
 * (issue 17, item 5). Checked on the compiled classes, so a fully-qualified name or a signature
 * counts as much as an import.
 */
class SpiIndependenceTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jmcp.core");
    }

    @Test
    void spiUsesNoCoreImplementationPackage() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jmcp.core.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jmcp.core.app..", "io.jmcp.core.audit..",
                        "io.jmcp.core.auth..", "io.jmcp.core.guard..", "io.jmcp.core.inventory..",
                        "io.jmcp.core.mcp..", "io.jmcp.core.output..", "io.jmcp.core.pool..",
                        "io.jmcp.core.services..")
                .because("custom tools compile against the SPI alone");
        rule.check(core);
    }

    @Test
    void spiUsesOnlyItselfTheClientApiTheJdkAndJackson() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jmcp.core.spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.jmcp.core.spi..", "io.jmcp.netconf", "io.jmcp.netconf.error",
                        "java..", "tools.jackson..",
                        "com.fasterxml.jackson.annotation..")
                .because("what the SPI hands out must stay stable for plugin jars");
        rule.check(core);
    }

    @Test
    void sessionPoolDoesNotUseTheSpi() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jmcp.core.pool..")
                .should().dependOnClassesThat().resideInAPackage("io.jmcp.core.spi..")
                .because("the SPI's exceptions and types are translated at the seam (io.jmcp.core.services)");
        rule.check(core);
    }
}

package io.jmcp.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library modules' packages (junos-netconf-client, junos-config, jmcp-core: all on this
 * module's class path): no package cycles, and API packages show no internal type to their users.
 */
class LibraryPackagesTest {
    private static final JavaClasses LIBRARIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jmcp.netconf", "io.jmcp.core");
    private static final String INTERNAL = "..internal..";

    @Test
    void packagesAreFreeOfCyclesButTheKnownOnes() {
        slices().matching("io.jmcp.(**)").should().beFreeOfCycles()
                // Known cycles, listed so that no new one can join them (issue 17 item 3 is open on them):
                // the client's facade (io.jmcp.netconf) wires its implementation packages, which throw
                // and take the facade package's public exceptions and options;
                .ignoreDependency(resideInAPackage("io.jmcp.netconf"),
                        resideInAnyPackage("io.jmcp.netconf.framing", "io.jmcp.netconf.internal",
                                "io.jmcp.netconf.reply", "io.jmcp.netconf.ssh"))
                // the SPI's ToolContext hands out the concrete pool and outputs (issue 17 item 5).
                .ignoreDependency(JavaClass.Predicates.equivalentTo(io.jmcp.core.spi.ToolContext.class),
                        resideInAnyPackage("io.jmcp.core.pool", "io.jmcp.core.output"))
                .check(LIBRARIES);
    }

    @Test
    void apiPackagesShowNoInternalTypeInPublicSignatures() {
        DescribedPredicate<JavaClass> internal = resideInAPackage(INTERNAL);
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
                .should().haveRawReturnType(not(internal))
                .andShould().haveRawParameterTypes(not(DescribedPredicate.anyElementThat(internal)))
                .allowEmptyShould(true)
                .check(LIBRARIES);
        classes().that().arePublic().and().resideOutsideOfPackage(INTERNAL)
                .should().notBeAssignableTo(internal)
                .check(LIBRARIES);
    }
}

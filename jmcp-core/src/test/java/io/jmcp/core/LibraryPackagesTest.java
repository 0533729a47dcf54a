package io.jmcp.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The library modules' packages (junos-netconf-client, junos-config, jmcp-core: all on this
 * module's class path): no package cycles, and API packages show no internal type to their users.
 */
class LibraryPackagesTest {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    /** The client's test fixtures (JunosReplies), which the reactor puts on this class path as a jar. */
    private static final ImportOption NO_TEST_JARS = location -> !location.matches(TEST_JAR);
    private static final JavaClasses LIBRARIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("io.jmcp.netconf", "io.jmcp.core");
    private static final String INTERNAL = "..internal..";

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.jmcp.(**)").should().beFreeOfCycles().check(LIBRARIES);
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

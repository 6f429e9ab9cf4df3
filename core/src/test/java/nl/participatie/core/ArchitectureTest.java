package nl.participatie.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays free of technical dependencies: only the JSON packages know Jackson. */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.participatie");

    @Test
    void onlyJsonPackagesImportJackson() {
        noClasses().that().resideOutsideOfPackage("..json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("type information comes from the Jackson modules, never from annotations on the domain")
                .check(LIBRARY);
    }

    @Test
    void valuesDependOnNothingButTheJdkAndMessages() {
        noClasses().that().resideInAPackage("nl.participatie.core.value..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "nl.participatie.core.store..")
                .check(LIBRARY);
    }
}

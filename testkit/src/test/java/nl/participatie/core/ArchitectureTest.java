package nl.participatie.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ArchitectureRules;

/**
 * Core and the test kit keep the rules every module keeps: only the JSON packages know Jackson, values depend on
 * nothing but the JDK, every public type says how stable it is. The sample petition of the library's tests is main code
 * of the test kit and keeps them too, with a method's rule for its domain.
 */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = ArchitectureRules.mainClasses("nl.participatie.core", "nl.participatie.testkit");

    @Test
    void onlyJsonPackagesImportJackson() {
        ArchitectureRules.jacksonOnlyIn("..json..").check(LIBRARY);
    }

    @Test
    void valuesDependOnNothingButTheJdkAndMessages() {
        noClasses().that().resideInAPackage("nl.participatie.core.value..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..", "nl.participatie.core.store..")
                .check(LIBRARY);
    }

    @Test
    void theSamplesDomainCarriesNoTechnologyAsAMethodsDomain() {
        ArchitectureRules.noTechnologyIn("nl.participatie.core.sample").check(LIBRARY);
    }

    @Test
    void everyPublicTypeSaysHowStableItIs() {
        ArchitectureRules.everyPublicTypeHasAnApiStatus().check(LIBRARY);
    }
}

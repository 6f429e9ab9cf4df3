package nl.participatie.budgetmonitoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ArchitectureRules;

/** The method's domain stays free of technical dependencies, and its records serialise by their components only. */
class ArchitectureTest {

    private static final JavaClasses METHOD = ArchitectureRules.mainClasses("nl.participatie.budgetmonitoring");

    @Test
    void onlyTheJsonPackageKnowsJackson() {
        ArchitectureRules.jacksonOnlyIn("..json..").check(METHOD);
    }

    @Test
    void theDomainUsesNoStorageAndNoInternalsOfCore() {
        ArchitectureRules.noTechnologyIn("nl.participatie.budgetmonitoring", "Budgetmonitoring").check(METHOD);
    }

    @Test
    void everyPublicTypeSaysHowStableItIs() {
        ArchitectureRules.everyPublicTypeHasAnApiStatus().check(METHOD);
    }

    @Test
    void recordsHaveNoGetterNamedMethodsThatJacksonWouldWriteAsProperties() {
        ArchitectureRules.assertRecordsSerialiseByComponentsOnly(METHOD);
    }
}

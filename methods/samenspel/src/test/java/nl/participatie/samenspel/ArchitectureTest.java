package nl.participatie.samenspel;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ArchitectureRules;

/** The method's domain stays free of technical dependencies, and its records serialise by their components only. */
class ArchitectureTest {

    private static final JavaClasses METHOD = ArchitectureRules.mainClasses("nl.participatie.samenspel");

    @Test
    void onlyTheJsonPackageKnowsJackson() {
        ArchitectureRules.jacksonOnlyIn("..json..").check(METHOD);
    }

    @Test
    void theDomainUsesNoStorageAndNoInternalsOfCore() {
        ArchitectureRules.noTechnologyIn("nl.participatie.samenspel", "Samenspel").check(METHOD);
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

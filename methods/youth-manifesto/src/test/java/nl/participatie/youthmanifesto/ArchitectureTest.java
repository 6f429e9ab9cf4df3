package nl.participatie.youthmanifesto;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ArchitectureRules;

/**
 * The method's domain stays free of technical dependencies (only the facade and the {@code privacy} adapter touch
 * the stores), and its records serialise by their components only.
 */
class ArchitectureTest {

    private static final JavaClasses METHOD = ArchitectureRules.mainClasses("nl.participatie.youthmanifesto");

    @Test
    void onlyTheJsonPackageKnowsJackson() {
        ArchitectureRules.jacksonOnlyIn("..json..").check(METHOD);
    }

    @Test
    void theDomainUsesNoStorageAndNoInternalsOfCore() {
        ArchitectureRules.noTechnologyIn("nl.participatie.youthmanifesto", "YouthManifesto").check(METHOD);
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

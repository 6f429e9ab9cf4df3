package nl.participatie.buurtschouw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.core.API;
import nl.participatie.testkit.ArchitectureRules;

/**
 * The domain of the buurtschouw stays free of Jackson; only the adapter packages (json, open311, geojson) know it; every
 * public type carries its {@link API} status.
 */
class ArchitectureTest {

    private static final JavaClasses MODULE = ArchitectureRules.mainClasses("nl.participatie.buurtschouw");

    @Test
    void onlyTheJsonOpen311GeoJsonAndSignalenAdaptersImportJackson() {
        ArchitectureRules.jacksonOnlyIn("..buurtschouw.json..", "..buurtschouw.open311..", "..buurtschouw.geojson..",
                        "..buurtschouw.signalen..")
                .check(MODULE);
    }

    @Test
    void theDomainUsesNoStorageAndNoInternalsOfCore() {
        ArchitectureRules.noTechnologyIn("nl.participatie.buurtschouw", "Buurtschouw").check(MODULE);
    }

    @Test
    void theDomainDoesNotDependOnItsAdapters() {
        noClasses().that().resideInAPackage("nl.participatie.buurtschouw")
                .and().doNotHaveSimpleName("Buurtschouw")
                .should().dependOnClassesThat().resideInAnyPackage("..buurtschouw.json..", "..buurtschouw.open311..",
                        "..buurtschouw.geojson..", "..buurtschouw.signalen..")
                .because("the facade may offer the adapters; the aggregates and values may not need them")
                .check(MODULE);
    }

    @Test
    void analysisDoesNotTouchStorageOrEngines() {
        noClasses().that().resideInAPackage("..buurtschouw.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.participatie.core.store..")
                .check(MODULE);
    }

    @Test
    void everyPublicTypeSaysHowStableItIs() {
        ArchitectureRules.everyPublicTypeHasAnApiStatus().check(MODULE);
    }

    @Test
    void recordsHaveNoGetterNamedMethodsThatJacksonWouldWriteAsProperties() {
        ArchitectureRules.assertRecordsSerialiseByComponentsOnly(MODULE);
    }
}

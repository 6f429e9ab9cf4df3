package nl.participatie.buurtschouw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import nl.participatie.core.API;

/**
 * The domain of the buurtschouw stays free of Jackson; only the adapter packages (json, open311, geojson) know it; every
 * public type carries its {@link API} status.
 */
class ArchitectureTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.participatie.buurtschouw");

    @Test
    void onlyTheJsonOpen311AndGeoJsonAdaptersImportJackson() {
        noClasses().that().resideOutsideOfPackages("..buurtschouw.json..", "..buurtschouw.open311..", "..buurtschouw.geojson..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("the domain carries no Jackson annotations; the modules and adapters say everything")
                .check(MODULE);
    }

    @Test
    void theDomainDoesNotDependOnItsAdapters() {
        noClasses().that().resideInAPackage("nl.participatie.buurtschouw")
                .and().doNotHaveSimpleName("Buurtschouw")
                .should().dependOnClassesThat().resideInAnyPackage("..buurtschouw.json..", "..buurtschouw.open311..",
                        "..buurtschouw.geojson..")
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
        classes().that().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class)
                .because("vendors must see which types they can rely on").check(MODULE);
    }
}

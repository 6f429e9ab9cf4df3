package nl.participatie.burgersaanhetstuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import nl.participatie.core.API;

/** The method's domain stays free of technical dependencies, and its records serialise by their components only. */
class ArchitectureTest {

    private static final JavaClasses METHOD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.participatie.burgersaanhetstuur");

    @Test
    void onlyTheJsonPackageKnowsJackson() {
        noClasses().that().resideOutsideOfPackage("..json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("type information comes from the Jackson module, never from annotations on the domain")
                .check(METHOD);
    }

    @Test
    void theDomainUsesNoStorageAndNoInternalsOfCore() {
        noClasses().that().resideInAPackage("nl.participatie.burgersaanhetstuur")
                .should().dependOnClassesThat().resideInAnyPackage("nl.participatie.core.store..", "nl.participatie.core.internal..",
                        "nl.participatie.core.json..", "java.sql..")
                .check(METHOD);
    }

    @Test
    void everyPublicTypeSaysHowStableItIs() {
        classes().that().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .check(METHOD);
    }

    @Test
    void recordsHaveNoGetterNamedMethodsThatJacksonWouldWriteAsProperties() {
        for (JavaClass type : METHOD) {
            Class<?> c = type.reflect();
            if (!c.isRecord()) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                boolean component = false;
                for (RecordComponent rc : c.getRecordComponents()) {
                    component |= rc.getName().equals(m.getName());
                }
                if (!component && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                    assertThat(m.getName()).as("%s.%s", c.getSimpleName(), m.getName()).doesNotStartWith("get");
                }
            }
        }
    }
}

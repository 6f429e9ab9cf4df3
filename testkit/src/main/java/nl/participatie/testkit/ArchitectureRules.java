package nl.participatie.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import nl.participatie.core.API;

/**
 * The architecture every module of the library keeps, and a vendor's process on the engine can keep too
 * (<i>architectuurregels</i>): the domain carries no technology, Jackson stays in adapter packages, every public
 * type says how stable it is, and records serialise by their components only.
 *
 * <pre>{@code
 * JavaClasses main = ArchitectureRules.mainClasses("nl.participatie.burgersaanhetstuur");
 * ArchitectureRules.jacksonOnlyIn("..json..").check(main);
 * ArchitectureRules.noTechnologyIn("nl.participatie.burgersaanhetstuur").check(main);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The main (non-test) classes of the given packages and their sub-packages. */
    public static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages);
    }

    /**
     * Only the adapter packages (ArchUnit package patterns such as {@code "..json.."}) may use Jackson: type
     * information comes from the Jackson modules, never from annotations on the domain.
     */
    public static ArchRule jacksonOnlyIn(String... adapterPackages) {
        return noClasses().that().resideOutsideOfPackages(adapterPackages)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("type information comes from the Jackson modules, never from annotations on the domain");
    }

    /**
     * The domain package (exactly this package, not its sub-packages) uses no storage, no JDBC, no JSON and no
     * internals of core: it is decided and evolved in memory, whatever stores or transports it. The method's facade
     * (its simple name, e.g. {@code "Buurtschouw"}), which wires an engine to the store the vendor gives it, is exempt
     * with its nested classes.
     */
    public static ArchRule noTechnologyIn(String domainPackage, String... facades) {
        DescribedPredicate<JavaClass> facade = new DescribedPredicate<>("the facade " + String.join(", ", facades)) {
            @Override
            public boolean test(JavaClass c) {
                for (String name : facades) {
                    String full = domainPackage + "." + name;
                    if (c.getName().equals(full) || c.getName().startsWith(full + "$")) {
                        return true;
                    }
                }
                return false;
            }
        };
        return noClasses().that().resideInAPackage(domainPackage).and(DescribedPredicate.not(facade))
                .should().dependOnClassesThat().resideInAnyPackage("nl.participatie.core.store..",
                        "nl.participatie.core.internal..", "nl.participatie.core.json..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..")
                .because("the domain is decided and evolved in memory, whatever stores or transports it");
    }

    /** Every public top-level type carries {@link API} with its stability. */
    public static ArchRule everyPublicTypeHasAnApiStatus() {
        return classes().that().arePublic().and().areTopLevelClasses().and().areNotAnnotations().should().beAnnotatedWith(API.class)
                .because("vendors must see which types they can rely on");
    }

    /**
     * No record has a public no-argument method named like a getter ({@code getX()}) besides its components:
     * Jackson would write it as an extra property, and the JSON would no longer be the record's components.
     */
    public static void assertRecordsSerialiseByComponentsOnly(JavaClasses classes) {
        for (JavaClass type : classes) {
            Class<?> c = type.reflect();
            if (!c.isRecord()) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                boolean component = false;
                for (RecordComponent rc : c.getRecordComponents()) {
                    component |= rc.getName().equals(m.getName());
                }
                if (!component && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers())) {
                    assertThat(m.getName()).as("%s.%s", c.getSimpleName(), m.getName()).doesNotStartWith("get");
                }
            }
        }
    }
}

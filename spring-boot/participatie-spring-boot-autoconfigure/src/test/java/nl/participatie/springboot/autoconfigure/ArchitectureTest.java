package nl.participatie.springboot.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ArchitectureRules;

/** The auto-configuration's public types say how stable they are, as every public type of the library does. */
class ArchitectureTest {

    private static final JavaClasses AUTOCONFIGURE = ArchitectureRules.mainClasses("nl.participatie.springboot");

    @Test
    void everyPublicTypeSaysHowStableItIs() {
        ArchitectureRules.everyPublicTypeHasAnApiStatus().check(AUTOCONFIGURE);
    }
}

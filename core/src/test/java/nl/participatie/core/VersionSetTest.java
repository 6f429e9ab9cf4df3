package nl.participatie.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the versions the build says they run on: the declared minimums in a plain build, and each set of
 * the README's "Supported versions" table in {@code .ci/version-matrix}, which only changes Maven properties. Without
 * this check a matrix run that silently kept the default versions would still be green.
 */
class VersionSetTest {

    @Test
    void theClassPathHasTheVersionsThisRunIsMeantToTest() {
        assertThat(jar(ObjectMapper.class)).isEqualTo("jackson-databind-" + expected("jackson") + ".jar");
        assertThat(jar(HibernateValidator.class))
                .isEqualTo("hibernate-validator-" + expected("hibernate-validator") + ".jar");
        assertThat(jar(Validation.class))
                .isEqualTo("jakarta.validation-api-" + expected("jakarta-validation") + ".jar");
        // From 2.20 on, jackson-annotations has its own version line: 2.20, 2.21, ... for every 2.20.x, 2.21.x.
        assertThat(jar(JsonProperty.class)).startsWith("jackson-annotations-2.");
    }

    private static String expected(String name) {
        String value = System.getProperty("participatie.expected." + name);
        assertThat(value).as("system property participatie.expected.%s (set by the root pom's surefire configuration)", name)
                .isNotBlank();
        return value;
    }

    private static String jar(Class<?> type) {
        String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

package nl.participatie.jackson3;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the Jackson 3 the build says they run on: 3.1.4 in a plain build, 3.3.0 in the newest set of
 * {@code .ci/version-matrix}. Without it, a matrix run that kept the default version would still be green.
 */
class VersionSetTest {

    @Test
    void theClassPathHasTheJackson3ThisRunIsMeantToTest() {
        String expected = System.getProperty("participatie.expected.jackson3");
        assertThat(expected).as("set by the root pom's surefire configuration").isNotBlank();
        String path = JsonMapper.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertThat(path.substring(path.lastIndexOf('/') + 1)).isEqualTo("jackson-databind-" + expected + ".jar");
    }
}

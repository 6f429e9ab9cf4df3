package nl.participatie.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library's validation messages do not depend on who validates first, nor on the order of the jars: each case
 * runs {@link ValidationOrderProbe} in a fresh JVM (the JDK caches resource bundles per JVM), with both methods on
 * the class path, once with a method module's classes ahead of core's.
 */
class ValidationMessagesOrderTest {

    private static final String LIBRARY_POSTCODE = "library|postcode|moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, "
            + "zoals 1234 AB|must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB";

    @ParameterizedTest(name = "{0}, default locale {1}, methods first on the class path: {2}")
    @CsvSource({
        "vendor-first, en, false", "library-first, en, false", "vendor-first, en, true", "library-first, en, true",
        "vendor-first, nl, true", "library-first, nl, true"})
    void theLibrarysMessagesAreTheSameWhoeverValidatesFirst(String order, String language, boolean methodsFirst) throws Exception {
        List<String> lines = run(order, language, methodsFirst);
        assertThat(lines).as("probe output").contains("buurtschouw-loaded|ReportCommand", "default-locale|" + language + "-"
                + ("en".equals(language) ? "US" : "NL"));
        assertThat(lines).noneMatch(l -> l.contains("{nl.participatie") || l.contains("{jakarta.validation"));
        // The library: both languages, its own wording, whoever came first.
        assertThat(lines).contains(LIBRARY_POSTCODE, "library|name|mag niet leeg zijn|must not be blank",
                "library|title|mag niet leeg zijn|must not be blank");
        // The validator handed to vendors: one message, in the default locale, no control characters.
        if ("en".equals(language)) {
            assertThat(lines).contains("exposed|postcode|must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB",
                    "exposed|name|must not be blank");
            // The vendor's own validator keeps its own messages, and knows the library's constraint too.
            assertThat(lines).contains("vendor|postcode|must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB",
                    "vendor|name|must not be blank");
        } else {
            assertThat(lines).contains("exposed|postcode|moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB",
                    "exposed|name|mag niet leeg zijn");
            assertThat(lines).contains("vendor|postcode|moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB",
                    "vendor|name|mag niet onbeschreven zijn");
        }
        assertThat(lines).noneMatch(l -> l.chars().anyMatch(c -> c < 0x20));
    }

    private static List<String> run(String order, String language, boolean methodsFirst) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.language=" + language,
                "-Duser.country=" + ("en".equals(language) ? "US" : "NL"), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", classPath(methodsFirst), ValidationOrderProbe.class.getName(), order));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("probe finished").isTrue();
        assertThat(process.exitValue()).as("probe exit; stderr:%n%s", stderr).isZero();
        return new String(stdout, StandardCharsets.UTF_8).lines().toList();
    }

    /** The test class path, expanded; with {@code methodsFirst}, the method modules' entries moved to the front. */
    private static String classPath(boolean methodsFirst) {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        if (methodsFirst) {
            List<String> methods = entries.stream()
                    .filter(e -> e.contains("burgers-aan-het-stuur") || e.contains("buurtschouw")).toList();
            assertThat(methods).as("both method modules on the class path").hasSizeGreaterThanOrEqualTo(2);
            entries.removeAll(methods);
            entries.addAll(0, methods);
        }
        return String.join(File.pathSeparator, entries);
    }
}

package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed file in {@code src/test/resources/expected/}. A missing or different file fails the
 * test and writes what was produced to {@code target/expected-new/} to review and copy.
 */
public final class ExpectedFiles {

    private ExpectedFiles() {
    }

    /** Asserts that {@code actual} equals {@code expected/<name>}. */
    public static void assertMatches(String name, String actual) {
        String expected = read(name);
        if (expected == null || !expected.equals(actual)) {
            Path out = Path.of("target", "expected-new", name);
            try {
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (expected == null) {
                fail("No expected file expected/" + name + "; what was produced is in " + out);
            }
            assertThat(actual).as("expected/%s (what was produced is in %s)", name, out).isEqualTo(expected);
        }
    }

    static String read(String name) {
        try (InputStream in = ExpectedFiles.class.getResourceAsStream("/expected/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import nl.participatie.core.API;

/**
 * Reviewed files a test compares its output with (<i>verwachte uitvoer</i>): a rendered report in
 * {@code src/test/resources/expected/}, an event's JSON in {@code src/test/resources/golden/}. A missing or different
 * file fails the test, and what was produced is written to {@code target/<folder>-new/} to review and copy, so a
 * change of output is always a reviewed change of a file.
 *
 * <pre>{@code
 * ExpectedFiles.EXPECTED.assertMatches("report.nl.md", report.toMarkdown(Locale.forLanguageTag("nl")));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ExpectedFiles {

    /** Rendered output (reports, diagrams, exports): {@code expected/} on the test class path. */
    public static final ExpectedFiles EXPECTED = new ExpectedFiles("expected");

    /** The JSON of events, one file per type id: {@code golden/} on the test class path. */
    public static final ExpectedFiles GOLDEN = new ExpectedFiles("golden");

    private final String folder;

    private ExpectedFiles(String folder) {
        this.folder = folder;
    }

    /** Files in another folder of the test class path. */
    public static ExpectedFiles in(String folder) {
        if (folder.isBlank() || folder.startsWith("/") || folder.contains("..")) {
            throw new IllegalArgumentException("a folder relative to the test class path, not '" + folder + "'");
        }
        return new ExpectedFiles(folder);
    }

    /** The content of {@code <folder>/<name>}, when there is such a file. */
    public Optional<String> read(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ExpectedFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} equals {@code <folder>/<name>} exactly. */
    public void assertMatches(String name, String actual) {
        Optional<String> expected = read(name);
        if (expected.isPresent() && expected.get().equals(actual)) {
            return;
        }
        Path out = writeNew(name, actual);
        if (expected.isEmpty()) {
            fail("No file " + folder + "/" + name + " on the test class path; what was produced is in " + out);
        }
        assertThat(actual).as("%s/%s (what was produced is in %s)", folder, name, out).isEqualTo(expected.get());
    }

    /** Writes what a test produced to {@code target/<folder>-new/<name>} for review, and says where. */
    public Path writeNew(String name, String content) {
        Path out = Path.of("target", folder + "-new", name);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

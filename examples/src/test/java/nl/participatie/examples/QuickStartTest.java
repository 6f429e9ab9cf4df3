package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's usage example is this class, word for word, and it runs. */
class QuickStartTest {

    @Test
    void theReadmeShowsExactlyTheQuickStartCode() throws Exception {
        String source = Files.readString(Path.of("src/main/java/nl/participatie/examples/QuickStart.java"));
        String code = between(source, "// quickstart:begin\n", "        // quickstart:end");
        String readme = Files.readString(Path.of("../README.md"));
        String shown = between(readme, "<!-- quickstart:begin -->\n```java\n", "```\n<!-- quickstart:end -->");
        assertThat(shown).isEqualTo(dedent(code));
    }

    @Test
    void theQuickStartRuns() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("burgersaanhetstuur.not-next-step: ", "Step ACTION_PLAN, cycle 1", "Audit trail valid: true");
    }

    /** Removes the method body's indentation of eight spaces. */
    static String dedent(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            out.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end, from + 1);
        assertThat(from).as("marker %s", begin.strip()).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker %s", end.strip()).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }
}

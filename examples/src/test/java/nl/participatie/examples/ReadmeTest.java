package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What the README shows is what the examples hold and what CI runs. */
class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("../README.md"));
    }

    @Test
    void theTestingSectionShowsTheVendorsSpecificationWordForWord() throws Exception {
        String source = Files.readString(Path.of("src/test/java/nl/participatie/examples/ownprocess/PlaySpotRequestSpecTest.java"));
        String code = QuickStartTest.between(source, "// testing-own-process:begin\n", "        // testing-own-process:end");
        String shown = QuickStartTest.between(readme(), "<!-- testing-own-process:begin -->\n```java\n", "```\n<!-- testing-own-process:end -->");
        assertThat(shown).isEqualTo(QuickStartTest.dedent(code));
    }

    @Test
    void theCommandThatShowsTheAuditTrailIsTheOneTheWalkthroughPrints() throws Exception {
        assertThat(readme()).contains("```bash\n" + AuditTrailViewer.COMMAND + "\n```");
    }
}

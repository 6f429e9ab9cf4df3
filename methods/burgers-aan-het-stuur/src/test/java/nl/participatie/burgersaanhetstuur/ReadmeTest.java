package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Code;
import nl.participatie.testkit.MethodContract;


/**
 * The module README shows the workflow as generated now, and names every command, stall reason and rejection code. When
 * the diagram is out of date the current README is written to {@code target/README.md}: review and copy it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- workflow:begin -->\n";
    private static final String END = "<!-- workflow:end -->";

    static String generatedSection() {
        return "```mermaid\n" + BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMermaid() + "```\n\n"
                + BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMarkdownTable();
    }

    @Test
    void theWorkflowDiagramIsCurrent() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the marker %s", BEGIN.strip()).isNotNegative();
        assertThat(end).as("README has the marker %s", END).isGreaterThan(begin);
        String current = readme.substring(0, begin + BEGIN.length()) + generatedSection() + readme.substring(end);
        if (!current.equals(readme)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "README.md"), current);
        }
        assertThat(readme).as("README.md is out of date with the workflow; the current one is in target/README.md").isEqualTo(current);
        assertThat(readme).contains("```mermaid\nstateDiagram-v2\n    [*] --> NEW\n");
    }

    @Test
    void everyCommandStallReasonAndCodeIsDocumented() throws IOException {
        String whole = Files.readString(README);
        // Outside the generated section, which names every command anyway.
        String readme = whole.substring(0, Math.max(0, whole.indexOf(BEGIN))) + whole.substring(Math.max(0, whole.indexOf(END)));
        for (Class<?> command : MethodContract.concreteSubtypes(InitiativeCommand.class)) {
            assertThat(readme).as("command %s", command.getSimpleName()).containsPattern("\\b" + command.getSimpleName() + "\\b");
        }
        for (StallReason reason : StallReason.values()) {
            assertThat(readme).as("stall reason").contains("`" + reason.code() + "`");
        }
        for (InitiativeNotice notice : InitiativeNotice.values()) {
            assertThat(readme).as("notification %s", notice.code()).contains("`" + notice.code() + "`");
        }
        for (Code code : codes()) {
            assertThat(readme).as("rejection code %s", code.code()).contains("`" + code.code().substring("burgersaanhetstuur.".length()) + "`");
        }
    }

    private static List<Code> codes() {
        List<Code> all = new ArrayList<>(List.of(InitiativeRejection.values()));
        all.addAll(List.of(ValueRejection.values()));
        return all;
    }
}

package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The module README shows the current state machines: its generated sections (Mermaid diagrams, rule tables, the
 * Signalen mapping) must equal what the declarations render now. A stale README fails; the fresh one is written to
 * {@code target/readme-new/README.md} to copy.
 */
class ReadmeTest {

    private static final Pattern SECTION = Pattern.compile("<!-- generated:([a-z-]+) -->\\n.*?<!-- end -->", Pattern.DOTALL);

    static Map<String, String> sections() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("campaign-mermaid", "```mermaid\n" + BuurtschouwWorkflow.CAMPAIGNS.workflow().toMermaid() + "```\n");
        out.put("campaign-table", BuurtschouwWorkflow.CAMPAIGNS.workflow().toMarkdownTable());
        out.put("report-mermaid", "```mermaid\n" + BuurtschouwWorkflow.REPORTS.workflow().toMermaid() + "```\n");
        out.put("report-table", BuurtschouwWorkflow.REPORTS.workflow().toMarkdownTable());
        StringBuilder mapping = new StringBuilder("| Signalen code | constant | label | step |\n|---|---|---|---|\n");
        for (SignalenStatus s : SignalenStatus.values()) {
            mapping.append("| `").append(s.code().isEmpty() ? "''" : s.code()).append("` | ").append(s.name()).append(" | ")
                    .append(s.label().nl()).append(s.isAppOnly() ? " (app-only)" : "").append(" | ")
                    .append(s.step().map(Enum::name).orElse(s == SignalenStatus.GESPLITST ? "— historical, not reachable"
                            : "— not reachable: no allowed change leads to it"))
                    .append(" |\n");
        }
        out.put("signalen-mapping", mapping.toString());
        return out;
    }

    @Test
    void theReadmeShowsTheCurrentLifecycles() throws IOException {
        Path readme = Path.of("README.md");
        String current = Files.readString(readme);
        Map<String, String> sections = sections();
        Matcher m = SECTION.matcher(current);
        StringBuilder fresh = new StringBuilder();
        int found = 0;
        while (m.find()) {
            String content = sections.get(m.group(1));
            assertThat(content).as("generator for section %s", m.group(1)).isNotNull();
            m.appendReplacement(fresh, Matcher.quoteReplacement("<!-- generated:" + m.group(1) + " -->\n" + content + "<!-- end -->"));
            found++;
        }
        m.appendTail(fresh);
        assertThat(found).as("generated sections in the README").isEqualTo(sections.size());
        if (!fresh.toString().equals(current)) {
            Path out = Path.of("target", "readme-new", "README.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, fresh.toString());
        }
        assertThat(current).as("README.md is stale; the current one is in target/readme-new/README.md").isEqualTo(fresh.toString());
        assertThat(current).contains("stateDiagram-v2\n    [*] --> PREPARATION").contains("stateDiagram-v2\n    [*] --> NEW");
    }
}

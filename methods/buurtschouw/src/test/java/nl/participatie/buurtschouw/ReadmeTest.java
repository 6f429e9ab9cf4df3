package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.json.BuurtschouwJacksonModule;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.testkit.ReadmeSections;

/**
 * The module README shows the current module: its generated sections (Mermaid diagrams, rule tables, the Signalen
 * mapping, rejection codes and notifications with their texts, JSON type ids) must equal what the declarations and
 * the catalogue render now. A stale README fails; the fresh one is written to
 * {@code target/README.md} to copy.
 */
class ReadmeTest {

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
                    .append(s.step().map(Enum::name).orElse((s == SignalenStatus.GESPLITST ? "— historical, not reachable"
                            : "— not reachable: no allowed change leads to it")
                            + s.importStep().map(step -> "; imported as " + step.name()).orElse("")))
                    .append(" |\n");
        }
        out.put("signalen-mapping", mapping.toString());
        out.put("rejection-codes", codeTable(CampaignRejection.values(), ReportRejection.values(), ValueRejection.values()));
        out.put("notices", codeTable(CampaignNotice.values(), ReportNotice.values()));
        out.put("type-ids", ReadmeSections.typeIdTable(new BuurtschouwJacksonModule(),
                new ReadmeSections.Family("campaign command", CampaignCommand.class),
                new ReadmeSections.Family("campaign event", CampaignEvent.class),
                new ReadmeSections.Family("report command", ReportCommand.class),
                new ReadmeSections.Family("report event", ReportEvent.class)));
        return out;
    }

    /** Code, Dutch and English text from the catalogue, pipes escaped for the table. */
    private static String codeTable(Code[]... groups) {
        StringBuilder table = new StringBuilder("| code | Nederlands | English |\n|---|---|---|\n");
        for (Code[] group : groups) {
            for (Code code : group) {
                Map<String, String> nl = Catalogue.entries(Locale.forLanguageTag("nl"));
                Map<String, String> en = Catalogue.entries(Locale.ENGLISH);
                table.append("| `").append(code.code()).append("` | ").append(cell(nl.get(code.code()))).append(" | ")
                        .append(cell(en.get(code.code()))).append(" |\n");
            }
        }
        return table.toString();
    }

    private static String cell(String pattern) {
        return pattern.replace("''", "'").replace("|", "\\|");
    }

    @Test
    void theReadmeShowsTheCurrentLifecycles() throws IOException {
        Map<String, String> sections = sections();
        for (String name : sections.keySet()) {
            ReadmeSections.assertCurrent(Path.of("README.md"), name, sections);
        }
        assertThat(Files.readString(Path.of("README.md"))).contains("stateDiagram-v2\n    [*] --> PREPARATION")
                .contains("stateDiagram-v2\n    [*] --> NEW");
    }
}

package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.json.BurgersAanHetStuurJacksonModule;
import nl.participatie.core.Code;
import nl.participatie.testkit.ReadmeSections;
import nl.participatie.testkit.MethodContract;


/**
 * The module README shows the workflow, the rejection codes with their texts and the JSON type ids as generated now,
 * and names every command, stall reason and notification. Each generated part sits between markers
 * ({@code <!-- name:begin -->} and {@code <!-- name:end -->}); when one is out of date the current README is written to
 * {@code target/README.md}: review and copy it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final String PREFIX = "burgersaanhetstuur.";

    static String generatedSection() {
        return "```mermaid\n" + BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMermaid() + "```\n\n"
                + BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMarkdownTable();
    }

    /** The codes with their Dutch and English texts from the catalogue, by code; the arguments stay as {@code {0}}. */
    static String codeTable(Code... codes) {
        return ReadmeSections.codeTable(PREFIX, codes);
    }

    /** Every type id of the module's Jackson module, commands first, then events, each by type id. */
    static String typeIdTable() {
        return ReadmeSections.typeIdTable(new BurgersAanHetStuurJacksonModule(),
                new ReadmeSections.Family("command", InitiativeCommand.class), new ReadmeSections.Family("event", InitiativeEvent.class));
    }

    private static Map<Class<?>, String> typeIds() {
        return new BurgersAanHetStuurJacksonModule().typeIds();
    }


    @Test
    void theWorkflowDiagramIsCurrent() throws IOException {
        assertCurrent("workflow", generatedSection());
        assertThat(Files.readString(README)).contains("```mermaid\nstateDiagram-v2\n    [*] --> NEW\n");
    }

    @Test
    void theRejectionCodesAndTheirTextsAreCurrent() throws IOException {
        assertCurrent("rejections", codeTable(InitiativeRejection.values()));
        assertCurrent("value-rejections", codeTable(ValueRejection.values()));
    }

    @Test
    void theTypeIdsAreCurrent() throws IOException {
        assertCurrent("type-ids", typeIdTable());
    }

    @Test
    void theJsonSectionListsExactlyTheModulesTypeIds() throws IOException {
        // Independent of the generated table's layout: whatever the section says, its type ids are the module's.
        String readme = Files.readString(README);
        int start = readme.indexOf("## JSON type ids");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README has the section ## JSON type ids").isNotNegative();
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`(" + Pattern.quote(PREFIX) + "[a-z0-9-]+\\.v\\d+)`").matcher(section);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(new TreeSet<>(typeIds().values()));
        assertThat(typeIds().keySet()).as("a type id for every command and event")
                .containsAll(MethodContract.concreteSubtypes(InitiativeCommand.class))
                .containsAll(MethodContract.concreteSubtypes(InitiativeEvent.class));
    }

    @Test
    void everyCommandStallReasonAndCodeIsDocumented() throws IOException {
        // Outside the workflow section, which names every command anyway.
        String readme = ReadmeSections.outside(Files.readString(README), "workflow");
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
            assertThat(readme).as("rejection code %s", code.code()).contains("`" + code.code().substring(PREFIX.length()) + "`");
        }
    }

    private static void assertCurrent(String name, String generated) {
        assertThat(generated).as("generated part %s", name).isEqualTo(parts().get(name));
        ReadmeSections.assertCurrent(README, name, parts());
    }

    /** Every generated part of the README, as it is generated now. */
    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("workflow", generatedSection());
        parts.put("rejections", codeTable(InitiativeRejection.values()));
        parts.put("value-rejections", codeTable(ValueRejection.values()));
        parts.put("type-ids", typeIdTable());
        return parts;
    }

    private static List<Code> codes() {
        List<Code> all = new ArrayList<>(List.of(InitiativeRejection.values()));
        all.addAll(List.of(ValueRejection.values()));
        return all;
    }
}

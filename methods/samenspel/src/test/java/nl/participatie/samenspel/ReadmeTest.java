package nl.participatie.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Code;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.samenspel.json.SamenspelJacksonModule;
import nl.participatie.testkit.MethodContract;
import nl.participatie.testkit.ReadmeSections;

/**
 * The module README shows the lifecycle and the Gooise Meren design as generated now, and names every command,
 * notification, rejection code and type id. When a generated part is out of date the current README is written to
 * {@code target/README.md}: review and copy it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    static String generated(String name) {
        return switch (name) {
            case "workflow" -> "```mermaid\n" + SamenspelWorkflow.TRAJECTORIES.workflow().toMermaid() + "```\n\n"
                    + SamenspelWorkflow.TRAJECTORIES.workflow().toMarkdownTable();
            case "design" -> "```mermaid\n" + DesignTemplates.gooiseMeren().design().toMermaid(Locale.ENGLISH) + "```\n";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void theGeneratedDiagramsAreCurrent() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String name : List.of("workflow", "design")) {
            parts.put(name, generated(name));
        }
        for (String name : parts.keySet()) {
            ReadmeSections.assertCurrent(README, name, parts);
        }
    }

    @Test
    void everyCommandNotificationCodeAndTypeIdIsDocumented() throws IOException {
        String readme = Files.readString(README);
        for (Class<?> command : MethodContract.concreteSubtypes(TrajectoryCommand.class)) {
            assertThat(readme).as("command %s", command.getSimpleName()).containsPattern("\\b" + command.getSimpleName() + "\\b");
        }
        for (TrajectoryNotice notice : TrajectoryNotice.values()) {
            assertThat(readme).as("notification").contains("`" + notice.code() + "`");
        }
        List<Code> codes = new ArrayList<>(List.of(TrajectoryRejection.values()));
        codes.addAll(List.of(ValueRejection.values()));
        for (Code code : codes) {
            assertThat(readme).as("rejection code %s", code.code()).contains("`" + code.code() + "`");
        }
    }

    @Test
    void theTypeIdTableIsCurrent() {
        ReadmeSections.assertCurrent(README, "type-ids", Map.of("type-ids", ReadmeSections.typeIdTable(new SamenspelJacksonModule(),
                new ReadmeSections.Family("command", TrajectoryCommand.class), new ReadmeSections.Family("event", TrajectoryEvent.class))));
    }
}

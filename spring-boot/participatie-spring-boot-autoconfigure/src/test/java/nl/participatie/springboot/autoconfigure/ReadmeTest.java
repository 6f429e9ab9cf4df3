package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The Spring Boot section for the root README and the module's README say what the code does: the controller is the
 * one the example application runs, and the properties table is the metadata the build generated.
 */
class ReadmeTest {

    private static final Path SECTION = Path.of("../../README.md");
    private static final Path MODULE_README = Path.of("../README.md");
    private static final Path CONTROLLER =
            Path.of("src/test/java/nl/participatie/springboot/example/InitiativeController.java");
    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    @Test
    void theControllerOnThePageIsTheOneTheExampleApplicationRuns() throws Exception {
        String source = Files.readString(CONTROLLER);
        String controller = source.substring(source.indexOf("@RestController")).strip();

        assertThat(between(Files.readString(SECTION), "controller")).isEqualTo("```java\n" + controller + "\n```");
    }

    @Test
    void thePropertiesTableIsTheGeneratedMetadata() throws Exception {
        String table = propertiesTable();

        assertThat(table).contains("| `participatie.store.type` | `jdbc` |")
                .contains("| `participatie.scheduling.checkpoints.key-id` | |");
        assertThat(between(Files.readString(SECTION), "properties")).isEqualTo(table);
        assertThat(between(Files.readString(MODULE_README), "properties")).isEqualTo(table);
    }

    /** Every property of the metadata, by name: its default and its description. */
    private static String propertiesTable() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(METADATA.toFile());
        List<String> rows = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            JsonNode value = property.get("defaultValue");
            String shown = value == null || value.isNull() ? "" : "`" + value.asText() + "`";
            rows.add("| `" + property.get("name").asText() + "` | " + shown + (shown.isEmpty() ? "" : " ") + "| "
                    + property.get("description").asText() + " |");
        }
        rows.sort(null);
        return "| property | default | what |\n|---|---|---|\n" + String.join("\n", rows);
    }

    private static String between(String page, String marker) {
        String begin = "<!-- " + marker + ":begin -->";
        int from = page.indexOf(begin);
        int to = page.indexOf("<!-- " + marker + ":end -->");
        assertThat(from).as("the page marks " + marker).isNotNegative();
        return page.substring(from + begin.length(), to).strip();
    }
}

package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.core.json.JsonReadException;

/**
 * The README's Java examples are the code between the {@code readme:<name>} markers below, word for word, and that
 * code runs; the module's services file names the module.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    /** Runs the examples; what they print is what the README says they print. */
    List<String> examples() {
        List<String> printed = new ArrayList<>();
        // readme:plain-mapper:begin
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new ParticipatieJacksonModule())   // or .findAndAddModules()
                .build();
        String json = mapper.writeValueAsString(new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY));
        // {"@type":"burgersaanhetstuur.set-goal.v1","theme":"LIVEABILITY","title":"Minder zwerfafval"}
        InitiativeCommand command = mapper.readValue(json, InitiativeCommand.class);
        // readme:plain-mapper:end
        printed.add(json);
        printed.add(String.valueOf(command));
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            libraryMapper();
        } finally {
            System.setOut(console);
        }
        printed.add(out.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        return printed;
    }

    private static void libraryMapper() {
        // readme:library-mapper:begin
        JsonMapper strict = ParticipatieJson3.defaults();   // the library's limits and strict reading, as ParticipatieJson
        try {
            ParticipatieJson3.read(strict, "{\"@type\":\"burgersaanhetstuur.set-goal.v1\",\"title\":7}", InitiativeCommand.class);
        } catch (JsonReadException e) {
            System.out.println(e.code() + " at " + e.path());   // json.wrong-type at $.title
        }
        // readme:library-mapper:end
    }

    @Test
    void theExamplesPrintWhatTheReadmeSays() {
        assertThat(examples()).containsExactly(
                "{\"@type\":\"burgersaanhetstuur.set-goal.v1\",\"theme\":\"LIVEABILITY\",\"title\":\"Minder zwerfafval\"}",
                String.valueOf(new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY)),
                "json.wrong-type at $.title");
    }

    @Test
    void theReadmeShowsTheExamplesWordForWord() throws IOException {
        String source = Files.readString(Path.of("src/test/java/nl/participatie/jackson3/ReadmeTest.java"));
        String readme = Files.readString(README);
        for (String name : List.of("plain-mapper", "library-mapper")) {
            String code = between(source, "// readme:" + name + ":begin\n", "        // readme:" + name + ":end");
            String shown = between(readme, "<!-- " + name + ":begin -->\n```java\n", "```\n<!-- " + name + ":end -->");
            assertThat(shown).as("the %s example", name).isEqualTo(dedent(code));
        }
    }

    @Test
    void theModuleIsRegisteredForJackson3sServiceLoader() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/META-INF/services/tools.jackson.databind.JacksonModule")).strip())
                .isEqualTo(ParticipatieJacksonModule.class.getName());
        assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
                .anyMatch(ParticipatieJacksonModule.class::isInstance);
    }

    private static String dedent(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            out.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end, from + 1);
        assertThat(from).as("marker %s", begin.strip()).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker %s", end.strip()).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }
}

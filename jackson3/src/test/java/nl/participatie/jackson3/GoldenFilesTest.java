package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.json.TypeRegistry;

/**
 * The golden files are shared: every golden file of the test kit and of the five method modules reads to the same
 * value with Jackson 2 ({@link ParticipatieJson}) and Jackson 3 ({@link ParticipatieJson3}), and both write it back
 * byte for byte as the file has it. The old versions kept under {@code upcast/} read, inside a recorded event, to the
 * same current event through both, which both write alike.
 */
class GoldenFilesTest {

    /** The modules whose golden files are shared; read from their source trees (the tests run in {@code jackson3/}). */
    static final List<Path> MODULES = List.of(Path.of("../testkit"), Path.of("../methods/burgers-aan-het-stuur"),
            Path.of("../methods/samenspel"), Path.of("../methods/buurtschouw"), Path.of("../methods/budgetmonitoring"),
            Path.of("../methods/youth-manifesto"));

    private final ParticipatieJson jackson2 = ParticipatieJson.defaults();
    private final JsonMapper jackson3 = ParticipatieJson3.defaults();
    private final TypeRegistry registry = TypeRegistry.discovered();

    static List<Path> files(String folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path module : MODULES) {
            Path dir = module.resolve("src/test/resources").resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @Test
    void everyModuleHasGoldenFilesHere() throws IOException {
        List<Path> golden = files("golden");
        for (Path module : MODULES) {
            assertThat(golden).as("golden files of %s", module).anyMatch(f -> f.startsWith(module));
        }
        assertThat(golden).hasSizeGreaterThan(100);
        assertThat(files("upcast")).hasSizeGreaterThan(25);
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileReadsAndWritesAlikeWithJackson2And3() throws IOException {
        return files("golden").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String golden = Files.readString(file, StandardCharsets.UTF_8).strip();
            String typeId = file.getFileName().toString().replaceAll("\\.json$", "");
            Class<?> family = familyOf(typeId);

            Object read2 = jackson2.read(golden, family);
            Object read3 = ParticipatieJson3.read(jackson3, golden, family);
            assertThat(read3).isEqualTo(read2);

            String written2 = jackson2.write(read2);
            String written3 = jackson3.writeValueAsString(read3);
            assertThat(written2).isEqualTo(golden);
            assertThat(written3).isEqualTo(golden);
            assertThat(jackson3.writeValueAsBytes(read3)).isEqualTo(jackson2.mapper().writeValueAsBytes(read2));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOldVersionIsUpcastAlikeInsideARecordedEvent() throws IOException {
        return files("upcast").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String old = Files.readString(file, StandardCharsets.UTF_8).strip();
            String recorded = "{\"actor\":{\"person\":\"p-1\",\"role\":\"RESIDENT\"},\"event\":" + old
                    + ",\"hash\":\"h\",\"previousHash\":\"p\",\"recordedAt\":\"2026-03-01T10:15:30Z\",\"sequence\":3,"
                    + "\"step\":\"START\",\"stream\":\"some.stream/s-1\"}";

            RecordedEvent<?> read2 = jackson2.readRecordedEvent(recorded);
            RecordedEvent<?> read3 = ParticipatieJson3.read(jackson3, recorded, RecordedEvent.class);
            assertThat(read3).isEqualTo(read2);
            String typeId = file.getFileName().toString().replaceAll("\\.json$", "");
            assertThat(registry.idOf(read3.event().getClass())).as("upcast from %s", typeId).isNotEqualTo(typeId);
            assertThat(jackson3.writeValueAsString(read3)).isEqualTo(jackson2.write(read2));
        }));
    }

    @TestFactory
    Stream<DynamicTest> anApplicationsOwnMapperWithTheModuleReadsAndWritesEveryGoldenFile() throws IOException {
        JsonMapper application = JsonMapper.builder().findAndAddModules().build();
        return files("golden").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String golden = Files.readString(file, StandardCharsets.UTF_8).strip();
            Class<?> family = familyOf(file.getFileName().toString().replaceAll("\\.json$", ""));
            Object read = application.readValue(golden, family);
            assertThat(read).isEqualTo(jackson2.read(golden, family));
            assertThat(application.writeValueAsString(read)).isEqualTo(golden);
        }));
    }

    private Class<?> familyOf(String typeId) {
        Class<?> type = registry.classOf(typeId);
        assertThat(type).as("a class registered for %s", typeId).isNotNull();
        return registry.families().stream().filter(f -> f.isAssignableFrom(type)).findFirst().orElseThrow();
    }
}

package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout check passes a module that has every file and section, and names what a drifting module lacks. */
class ModuleLayoutTest {

    private static final ModuleLayout LAYOUT = ModuleLayout.of("Playground", "playground", "PlaySpot");

    @TempDir
    Path module;

    private void writeComplete(String readmeSections) throws IOException {
        for (Path file : LAYOUT.requiredFiles()) {
            Path at = module.resolve(file);
            Files.createDirectories(at.getParent());
            Files.writeString(at, "");
        }
        Files.writeString(module.resolve("README.md"), readmeSections);
    }

    private static String sections(String... names) {
        StringBuilder out = new StringBuilder("# Playground\n\nText.\n\n");
        for (String n : names) {
            out.append("## ").append(n).append("\n\nText.\n\n### A detail\n\n");
        }
        return out.toString();
    }

    @Test
    void aCompleteModulePasses() throws IOException {
        writeComplete(sections(ModuleLayout.README_SECTIONS.toArray(String[]::new)));
        LAYOUT.assertFollowed(module);
        assertThat(LAYOUT.requiredFiles()).contains(Path.of("src/main/java/nl/participatie/playground/PlaySpotRejection.java"),
                Path.of("src/test/java/nl/participatie/playground/PlaySpotTransitionMatrixTest.java"),
                Path.of("src/test/resources/transitions/play-spot.csv"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        writeComplete(sections(ModuleLayout.README_SECTIONS.toArray(String[]::new)));
        Files.delete(module.resolve("src/main/java/nl/participatie/playground/PlaySpotRules.java"));
        assertThatThrownBy(() -> LAYOUT.assertFollowed(module)).hasMessageContaining("PlaySpotRules.java");
    }

    @Test
    void sectionsOutOfOrderAreRefused() throws IOException {
        writeComplete(sections("Use it", "Rules", "Workflow", "Rejection codes", "Notifications", "JSON type ids", "Known limits"));
        assertThatThrownBy(() -> LAYOUT.assertFollowed(module)).hasMessageContaining("README's ## sections");
    }

    @Test
    void aPackageWithoutDescriptionIsNamed() throws IOException {
        writeComplete(sections(ModuleLayout.README_SECTIONS.toArray(String[]::new)));
        Path analysis = module.resolve("src/main/java/nl/participatie/playground/analysis");
        Files.createDirectories(analysis);
        Files.writeString(analysis.resolve("Usage.java"), "");
        assertThatThrownBy(() -> LAYOUT.assertFollowed(module)).hasMessageContaining("playground/analysis");
    }
}

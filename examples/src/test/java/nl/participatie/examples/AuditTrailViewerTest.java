package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer the walkthrough points to lists the trail it left, with names where they were not erased. */
class AuditTrailViewerTest {

    @TempDir
    Path directory;

    @Test
    void listsEveryRecordOfTheWalkthroughAndVerifiesTheChain() {
        BurgersAanHetStuurWalkthrough.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), directory);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean valid = AuditTrailViewer.show(new PrintStream(bytes, true, StandardCharsets.UTF_8), directory);
        String shown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(valid).isTrue();
        assertThat(shown).contains("burgersaanhetstuur.initiative-started.v2", "Anna (INITIATOR)")
                .containsPattern("\\d+ records; the hash chain is intact");
        // Dirk asked to be forgotten at the end of the story: his records remain, under his opaque id only.
        assertThat(shown).contains("dirk (PARTICIPANT)").doesNotContain("Dirk (");
    }

    @Test
    void saysWhatToRunFirstWhenThereIsNoDatabase() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean shown = AuditTrailViewer.show(new PrintStream(bytes, true, StandardCharsets.UTF_8), directory.resolve("empty"));
        assertThat(shown).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Run the walkthrough first");
    }
}

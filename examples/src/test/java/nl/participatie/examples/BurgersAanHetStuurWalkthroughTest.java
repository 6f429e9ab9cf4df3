package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeStep;

/** Runs the walkthrough and checks that it tells the whole story. */
class BurgersAanHetStuurWalkthroughTest {

    @TempDir
    Path directory;

    private String tell(Initiative[] end, String run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            end[0] = BurgersAanHetStuurWalkthrough.run(out, directory.resolve(run));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theStoryGoesThroughTwoCyclesWithAStallItsDiagnosisTheReportsTheDiagramAndTheVerifiedTrail() {
        Initiative[] end = new Initiative[1];
        String story = tell(end, "story");

        assertThat(end[0].cycle()).isEqualTo(2);
        assertThat(end[0].step()).isEqualTo(InitiativeStep.NEW_GOALS);
        assertThat(story).contains("Events and names are kept in an H2 file database (bloemenbuurt.mv.db) through the JDBC stores");
        assertThat(directory.resolve("story").resolve("bloemenbuurt.mv.db")).isRegularFile();

        assertThat(story).contains("== Cycle 1, step 1: Wat is er aan de hand?", "== Step 8: Nieuwe doelen stellen", "== Cycle 2");
        assertThat(story).contains("-> to Carla: You own action 1 'Opschoonochtend met de basisschool', deadline 2026-03-01.");

        // Two refusals, both on purpose: a skipped step and an indicator that is not SMART.
        assertThat(story.split("refused:", -1)).hasSize(3);
        assertThat(story).contains("! burgersaanhetstuur.not-next-step at to:", "! constraint.NotNull at baseline:",
                "! constraint.NotBlank at unit:");

        // The stall: the system tells the owner, and the diagnosis says why.
        assertThat(story).contains("-> to Carla: The deadline of action 1 'Opschoonochtend met de basisschool' (2026-03-01) has passed.");
        assertThat(story).contains("## Diagnosis: Schone Bloemenbuurt",
                "**stuck** (action-blocked-without-follow-up): Action 2 'Afvalbakken bij het speelveld' is blocked",
                "**at risk** (action-overdue)", "**at risk** (indicator-not-measured)");
        assertThat(story).contains("The diagnosis now: spending-above-plan (warning).", "The diagnosis at the end: nothing stands in the way.");

        // The reports of both cycles, the municipality told and acknowledging.
        assertThat(story).contains("-> to the municipality: The accountability report of cycle 1 of 'Schone Bloemenbuurt' was accepted");
        assertThat(story).contains("    # Verantwoording: Schone Bloemenbuurt", "    Cyclus 1, buurt BU03630102",
                "| 1. Zakken zwerfafval per opschoonronde (zakken) | Is iemand erop vooruitgegaan? | 40 | 15 uiterlijk 2026-06-30 "
                        + "| 18 op 2026-05-20 | verbeterd (88 %) |",
                "- Kennisgenomen door de gemeente op 2026-06-10.");
        assertThat(story).contains("    # Accountability report: Schone Bloemenbuurt", "    Cycle 2, neighbourhood BU03630102",
                "| 4. Afvalbakken bij het speelveld | yes | vergunning binnen, bakken staan er | €400.00 | €380.00 |",
                "- Acknowledged by the municipality on 2026-09-17.");

        // The diagram and the audit trail.
        assertThat(story).contains("    stateDiagram-v2", "        NEW_GOALS --> GOALS : OpenNextCycle, GoBack");
        assertThat(story).containsPattern("Read back from the H2 file, the audit trail of \\d+ events is verified: the hash chain is intact");
        assertThat(story).contains("and folds into the same initiative: true.");
        assertThat(story).contains("Someone rewrites goal 1 in a copy of the trail: found at entry 7 (hash does not match the content)");
        assertThat(story).contains("the trail is still verified and shows him as 'dirk'.");
        assertThat(story).endsWith("The end: 'Schone Bloemenbuurt' is in cycle 2, step 8 (Set new goals).\n");
    }

    @Test
    void everyRunTellsTheSameStory() {
        assertThat(tell(new Initiative[1], "first")).isEqualTo(tell(new Initiative[1], "second"));
    }
}

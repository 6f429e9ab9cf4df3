package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.core.Notification;
import nl.participatie.core.Violation;
import nl.participatie.samenspel.LadderLevel;
import nl.participatie.samenspel.PromiseCheck.Finding;
import nl.participatie.samenspel.PromiseCheck.Status;
import nl.participatie.samenspel.PromiseEvidence;
import nl.participatie.samenspel.StakeholderGroup;
import nl.participatie.samenspel.TrajectoryStep;

/** Runs the Samenspel walkthrough on the JDBC event store and checks the story it tells. */
class SamenspelWalkthroughTest {

    static SamenspelWalkthrough.Run run;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = SamenspelWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTrajectoryRunsFromDesignToClosedInWaddinxveenWithARedesign() {
        assertThat(run.trajectory().step()).isEqualTo(TrajectoryStep.CLOSED);
        assertThat(run.trajectory().municipality().value()).isEqualTo("GM0627");
        assertThat(run.trajectory().versions()).hasSize(2);
        assertThat(run.trajectory().design().phases().get(2).levelFor(StakeholderGroup.RESIDENTS)).isEqualTo(LadderLevel.ADVISE);
        assertThat(run.trajectory().evidence()).hasSize(3);
        assertThat(run.auditTrailValid()).isTrue();
    }

    @Test
    void theRefusalsAreTheOnesTheStoryTells() {
        assertThat(run.refusals()).extracting(Violation::code).containsExactly("samenspel.council-power-promised",
                "samenspel.not-adopted", "samenspel.not-a-participant", "samenspel.reason-missing", "samenspel.completed-phase-changed");
    }

    @Test
    void thePromiseCheckFindsTheCutBudgetAndTheSetAsideSolutionAndKeepsTheMotivatedDeviation() {
        assertThat(run.check().of("experiment")).extracting(Finding::group, Finding::status, Finding::evidence).contains(
                tuple(null, Status.BROKEN, PromiseEvidence.FRAMES_CHANGED_AFTER_INPUT),
                tuple(StakeholderGroup.RESIDENTS, Status.KEPT, PromiseEvidence.DEVIATION_MOTIVATED),
                tuple(StakeholderGroup.ORGANISATIONS, Status.BROKEN, PromiseEvidence.BINDING_SOLUTION_SET_ASIDE),
                // The civil servants brought nothing in, so the phase's decision is the one taken about their promise.
                tuple(StakeholderGroup.CIVIL_SERVANTS, Status.BROKEN, PromiseEvidence.BINDING_SOLUTION_SET_ASIDE));
        assertThat(run.check().count(Status.OPEN)).isZero();
        assertThat(run.check().of("listen")).allMatch(f -> f.status() == Status.KEPT);
    }

    @Test
    void theOutputsTellWhoTookPartHowAndWhatBecameOfTheirInput() {
        assertThat(run.plan()).contains("# Participatieplan: Samen maken we de toekomst", "Wie beslist uiteindelijk: De gemeenteraad")
                .doesNotContain("inbreng-101");
        assertThat(run.report()).contains("een spreekuur per wijk past niet in de formatie", "platform:waddinxveen:inbreng-101",
                "Motivering: Na de bezuiniging past alleen een kleinere speeltuin.", "bezuiniging in de voorjaarsnota");
        assertThat(run.overview()).contains("| 2 | 2026-06-02 | de raad vraagt inwoners om advies over de werkwijze |", "geschonden");
        assertThat(run.paragraph()).contains("## Participatie", "wijkt af van de uitkomst van de deelnemers. Motivering:");
        assertThat(run.notifications()).extracting(Notification::code).contains("samenspel.phase-started",
                "samenspel.contribution-outcome", "samenspel.frames-changed", "samenspel.reported-back");
        assertThat(String.join("\n", run.eventsJson())).doesNotContain("Anna", "Henk", "De Wit");
        assertThat(printed).contains("== 1. Het ontwerp", "== 9. De participatieparagraaf", "Audit trail intact: true");
    }
}

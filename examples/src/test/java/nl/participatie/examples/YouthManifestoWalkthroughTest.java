package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.core.Notification;
import nl.participatie.core.Violation;
import nl.participatie.youthmanifesto.Action;
import nl.participatie.youthmanifesto.HealthIssue;
import nl.participatie.youthmanifesto.ManifestoGroupStep;

/** Runs the Youth Manifesto walkthrough on the JDBC stores and checks the story it tells. */
class YouthManifestoWalkthroughTest {

    static YouthManifestoWalkthrough.Run run;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = YouthManifestoWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theGroupRunsFromRecruitmentToClosedThroughItsOwnProcess() {
        assertThat(run.group().step()).isEqualTo(ManifestoGroupStep.CLOSED);
        assertThat(run.group().process().size()).isEqualTo(8);
        assertThat(run.group().manifestoActions()).hasSize(4).allMatch(Action::isFinal);
        assertThat(run.ranking()).hasSize(4);
        assertThat(run.auditTrailValid()).isTrue();
    }

    @Test
    void theRefusalsAreTheOnesTheStoryTells() {
        assertThat(run.refusals()).extracting(Violation::code).containsExactly("youthmanifesto.guardian-consent-missing",
                "youthmanifesto.process-order-invalid", "youthmanifesto.already-voted", "youthmanifesto.reason-required");
    }

    @Test
    void personalDataStaysOutOfTheEventsAndIsErasedOnWithdrawal() {
        assertThat(run.withdrawnErased()).isTrue();
        assertThat(String.join("\n", run.eventsJson())).doesNotContain("Fatima", "Sara", "Mehmet", "@example.org", "2011-0",
                "wethouder Jansen");
        assertThat(run.manifesto()).doesNotContain("Fatima").contains("Namens de groep:").contains("11 van de 13 deelnemers");
    }

    @Test
    void theCouncilsInstrumentsReachTheTrackerAndTheYoungPeopleHeardOfThem() {
        assertThat(run.tracker()).contains("## Per fractie", "## Per wethouder", "verworpen op 2026-04-16",
                "Reden: Een meerderheid wil eerst", "wethouder El Amrani (Werk en Inkomen) | 1 | 0 | 1 | 0");
        assertThat(run.health().has(HealthIssue.COMMITMENT_OVERDUE)).isTrue();
        assertThat(run.notifications()).extracting(Notification::code).contains("youthmanifesto.council-responded",
                "youthmanifesto.commitment-overdue", "youthmanifesto.action-concluded", "youthmanifesto.handed-over");
        assertThat(printed).contains("== 1. Werving", "== 10. De beloftemeter", "Audit trail intact: true");
    }
}

package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.budgetmonitoring.BudgetImport;
import nl.participatie.budgetmonitoring.BudgetRoundStep;
import nl.participatie.budgetmonitoring.CouncilResult;
import nl.participatie.budgetmonitoring.Monitoring;
import nl.participatie.core.Notification;
import nl.participatie.core.Violation;

/** Runs the Budgetmonitoring walkthrough on the JDBC event store and checks the story it tells. */
class BudgetmonitoringWalkthroughTest {

    static BudgetmonitoringWalkthrough.Run run;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = BudgetmonitoringWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRoundRunsFromTheBudgetToTheClosedYearWithAPartialDecision() {
        assertThat(run.round().step()).isEqualTo(BudgetRoundStep.CLOSED);
        assertThat(run.round().result()).isEqualTo(CouncilResult.PARTLY);
        assertThat(run.round().adopted()).hasSize(2);
        assertThat(run.round().realisations()).hasSize(4);
        assertThat(run.auditTrailValid()).isTrue();
    }

    @Test
    void theRefusedImportsNameEveryBadRowAndTheRefusalsAreTheOnesTheStoryTells() {
        assertThat(run.importProblems()).extracting(BudgetImport.Problem::line, BudgetImport.Problem::code).containsExactly(
                tuple(1, "budgetmonitoring.scale-missing"),
                tuple(5, "budgetmonitoring.taakveld-not-in-year"),
                tuple(8, "budgetmonitoring.amount-invalid"));
        assertThat(run.refusals()).extracting(Violation::code).containsExactly("budgetmonitoring.already-voted",
                "budgetmonitoring.exceeds-line", "budgetmonitoring.total-change-mismatch");
    }

    @Test
    void theBudgetLinesStayOutOfTheEvents() {
        assertThat(String.join("\n", run.eventsJson())).doesNotContain("inkomensregelingen", "68420300", "Bestuur en dienstverlening")
                .contains("begroting-2026", "realisatie-2026-q4");
    }

    @Test
    void theResidentsFollowTheMoneyToTheCent() {
        assertThat(run.firstQuarter().flagged()).extracting(Monitoring.Row::line).contains("armoedefonds-zuidoost", "jeugd-verblijf-regionaal");
        assertThat(run.comparison()).contains("# Vergelijking van de begroting 2026 van GM0200", "| Totaal lasten | € 150.273.900,00 | € 150.453.900,00 | € 180.000,00 |");
        assertThat(run.monitoring()).contains("## Signalen", "| jeugd-verblijf-regionaal | Jeugd en gezin | 6.762 | € 15.320.900,00 |", "overschrijding");
        assertThat(run.monitoringCsv()).startsWith("Regel;Taakveld;Programma;Sociaal domein;Vastgesteld;Gerealiseerd;Prognose;Afwijking;Signaal\r\n");
        assertThat(run.notifications()).extracting(Notification::code).contains("budgetmonitoring.proposal-presented",
                "budgetmonitoring.council-decided", "budgetmonitoring.deviations-flagged");
        assertThat(printed).contains("== 1. De begroting inlezen", "== 8. Het jaar afsluiten", "Audit trail intact: true");
    }
}

package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CampaignStep;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.core.Recipient;
import nl.participatie.core.value.PersonId;

/** Runs the Buurtschouw walkthrough and checks the story it tells. */
class BuurtschouwWalkthroughTest {

    static BuurtschouwWalkthrough.Result result;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = BuurtschouwWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCampaignRunsFromPreparationToClosedWithProblemsIdeasAndScores() {
        assertThat(result.campaign().step()).isEqualTo(CampaignStep.CLOSED);
        // Three quality scores on the campaign; only the D, below the threshold C, became one of the eight reports.
        assertThat(result.reports()).hasSize(8);
        assertThat(result.reports().values()).extracting(Report::kind).containsOnly(ReportKind.PROBLEM, ReportKind.IDEA);
        assertThat(result.campaign().assessments()).hasSize(3);
        assertThat(result.campaign().assessments()).filteredOn(a -> a.report() != null).singleElement()
                .satisfies(a -> assertThat(result.reports()).containsKey(a.report()));
        assertThat(result.reports().values()).extracting(r -> r.neighbourhood().value()).contains("BU03633101", "BU03633201");
        assertThat(result.lateObservation().code()).isEqualTo("buurtschouw.report.campaign-not-open");
        assertThat(result.auditTrailsValid()).isTrue();
    }

    @Test
    void everyReporterHearsWhatWasDoneAndTheUnsatisfiedOneGotHerReportReopened() {
        List<String> chaima = result.timeline().lines(Recipient.person(PersonId.of("p-chaima")));
        assertThat(String.join("\n", chaima)).contains("[buurtschouw.report.received]", "[buurtschouw.report.handled] De container is geleegd",
                "[buurtschouw.report.reopen-requested]", "[buurtschouw.report.reopened] U heeft gelijk",
                "[buurtschouw.report.handled] De extra ophaalronde");
        for (String person : List.of("p-dirk", "p-eva", "p-hans", "p-farid", "p-gemma")) {
            assertThat(result.timeline().lines(Recipient.person(PersonId.of(person)))).as(person).isNotEmpty();
        }
        assertThat(result.reports().values()).filteredOn(r -> r.reporter() != null && r.kind() == ReportKind.PROBLEM)
                .allSatisfy(r -> assertThat(r.step()).isIn(ReportStep.HANDLED, ReportStep.CANCELLED));
    }

    @Test
    void theIdeasAreRankedWithExplainedScoresAndTheDuplicateFound() {
        assertThat(result.ranking()).hasSize(2);
        assertThat(result.ranking().get(0).idea().title()).startsWith("Bankjes");
        assertThat(result.ranking().get(0).score().part("helpers").count()).isEqualTo(3);
        assertThat(result.ranking().get(0).score().part("lead").count()).as("Hans leads the benches").isEqualTo(1);
        // The container reported twice, and the report the D on paving became beside the anonymous loose tiles 20 m on.
        assertThat(result.duplicates()).hasSize(2);
    }

    @Test
    void theOutputsAreThere() {
        assertThat(result.summaryNl()).startsWith("# Buurtschouw: Schouw Indische Buurt, voorjaar 2026").contains("## Ideeën met de meeste initiatiefkracht");
        assertThat(result.summaryEn()).startsWith("# Neighbourhood walk:").contains("## What happens with each observation");
        assertThat(result.geojson()).startsWith("{\"type\":\"FeatureCollection\"").doesNotContain("p-chaima");
        assertThat(result.open311Xml()).startsWith("<?xml").contains("<status>closed</status>");
        assertThat(result.open311Json()).startsWith("[{\"service_request_id\"");
        assertThat(printed).contains("== 1. Voorbereiding", "== 10. GeoJSON en Open311", "Audit trails intact: true",
                "# Bewoners en de schouw van de gemeente vergeleken");
    }
}

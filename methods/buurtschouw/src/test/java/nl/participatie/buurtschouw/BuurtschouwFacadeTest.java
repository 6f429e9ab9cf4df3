package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/** The facade: new streams, the campaign check, due deadlines over many streams. */
class BuurtschouwFacadeTest {

    final MutableClock clock = MutableClock.startingMonday();
    final Buurtschouw schouw = Buurtschouw.builder().store(new InMemoryEventStore()).clock(clock).ids(IdGenerator.sequential("f")).build();

    @Test
    void aReportForAnUnknownOrClosedCampaignIsRefused() {
        assertThat(schouw.fileReport(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA,
                StreamId.of("buurtschouw.campaign", "bestaat-niet"))).violations())
                .extracting(nl.participatie.core.Violation::code).containsExactly("buurtschouw.report.campaign-unknown");
        StreamId campaign = schouw.startCampaign(ANNA_CORE, new CampaignCommand.StartCampaign("Schouw", AMSTERDAM)).orElseThrow().stream();
        Outcome<ReportEvent, Report> early = schouw.fileReport(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, campaign));
        assertThat(early.violations()).extracting(nl.participatie.core.Violation::code).containsExactly("buurtschouw.report.campaign-not-open");
        assertThat(early.violations().get(0).message().en()).contains("PREPARATION");
        assertThat(schouw.fileReport(ANNA_REPORTER, problem(ANNA)).isAccepted()).as("between walks").isTrue();
    }

    @Test
    void theReportEngineItselfRefusesAReportForAnUnknownOrClosedCampaign() {
        // The rule lives in the report's decider, so a vendor who calls reports().handle(...) cannot skip it.
        StreamId unknown = StreamId.of("buurtschouw.campaign", "bestaat-niet");
        Outcome<ReportEvent, Report> forUnknown = schouw.reports().handle(schouw.reports().newStream(), ANNA_REPORTER,
                FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, unknown));
        assertThat(forUnknown.violations()).extracting(nl.participatie.core.Violation::code)
                .containsExactly("buurtschouw.report.campaign-unknown");

        StreamId campaign = schouw.startCampaign(ANNA_CORE, new CampaignCommand.StartCampaign("Schouw", AMSTERDAM)).orElseThrow().stream();
        schouw.campaigns().handle(campaign, ANNA_CORE, new CampaignCommand.CancelCampaign("Te weinig aanmeldingen")).orElseThrow();
        assertThat(schouw.campaigns().load(campaign).step()).isEqualTo(CampaignStep.CLOSED);
        Outcome<ReportEvent, Report> forClosed = schouw.reports().handle(schouw.reports().newStream(), ANNA_REPORTER,
                FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, campaign));
        assertThat(forClosed.violations()).extracting(nl.participatie.core.Violation::code)
                .containsExactly("buurtschouw.report.campaign-not-open");
        assertThat(forClosed.violations().get(0).message().en()).contains("CLOSED");
    }

    @Test
    void theReportDefinitionAloneKnowsNoCampaignsAndSaysSo() {
        // Used without the facade, REPORTS has no campaigns to read: a campaign link is refused, never waved through.
        nl.participatie.testkit.Spec.of(BuurtschouwWorkflow.REPORTS)
                .when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN))
                .thenRejected("buurtschouw.report.campaign-unknown");
    }

    /** A campaign on its walk in WEST and OOST, on green and litter, with the given thresholds. */
    private StreamId walkingCampaign(ReportThreshold... thresholds) {
        StreamId campaign = schouw.startCampaign(ANNA_CORE, new CampaignCommand.StartCampaign("Schouw", AMSTERDAM)).orElseThrow().stream();
        for (CampaignCommand c : List.of(new CampaignCommand.JoinCoreGroup(BRAM), new CampaignCommand.ChooseArea(List.of(WEST, OOST)),
                new CampaignCommand.PlanRoute(List.of(JAVASTRAAT, JAVAPLEIN)), new CampaignCommand.ChooseThemes(List.of(Theme.GREEN, Theme.LITTER)),
                new CampaignCommand.ScheduleWalk(List.of(java.time.LocalDate.of(2026, 1, 10)), java.time.Instant.parse("2026-01-17T22:59:00Z")),
                new CampaignCommand.SetReportThresholds(List.of(thresholds)), new CampaignCommand.StartWalk())) {
            schouw.campaigns().handle(campaign, ANNA_CORE, c).orElseThrow();
        }
        return campaign;
    }

    @Test
    void aScoreIsRecordedOnTheCampaignAndOnlyAScoreBelowTheThresholdBecomesALinkedReport() {
        StreamId campaign = walkingCampaign(ReportThreshold.of(Theme.GREEN, QualityLevel.B));
        Buurtschouw.Assessed fine = schouw.recordAssessment(CHAIMA_PARTICIPANT, campaign,
                new CampaignCommand.RecordAssessment(WEST, null, TREE, QualityLevel.B, null, null));
        assertThat(fine.assessment().isAccepted()).isTrue();
        assertThat(fine.report()).as("a score at the threshold is no report").isNull();

        Buurtschouw.Assessed poor = schouw.recordAssessment(CHAIMA_PARTICIPANT, campaign,
                new CampaignCommand.RecordAssessment(WEST, null, TREE, QualityLevel.D, "Dode tak | **gevaarlijk**", JAVAPLEIN));
        Outcome.Accepted<ReportEvent, Report> filed = poor.report().orElseThrow();
        Report report = filed.state();
        assertThat(report.kind()).isEqualTo(ReportKind.PROBLEM);
        assertThat(report.category()).isEqualTo(TREE);
        assertThat(report.theme()).isEqualTo(Theme.GREEN);
        assertThat(report.neighbourhood()).isEqualTo(WEST);
        assertThat(report.reporter()).isEqualTo(CHAIMA);
        assertThat(report.campaign()).isEqualTo(campaign);
        assertThat(report.location().value()).contains(JAVAPLEIN);
        assertThat(report.description().value()).contains("Beoordeling op de schouw: Groen D (onder de drempel B). Dode tak | **gevaarlijk**");
        assertThat(filed.events().get(0).actor()).isEqualTo(CHAIMA_PARTICIPANT);
        assertThat(filed.notifications()).extracting(nl.participatie.core.Notification::code).containsExactly("buurtschouw.report.received");

        Campaign after = schouw.campaigns().load(campaign);
        assertThat(after.assessments()).extracting(Assessment::report).containsExactly(null, filed.stream());
        assertThat(after.awaitingReport()).isEmpty();
        assertThat(schouw.campaigns().history(campaign).get(schouw.campaigns().history(campaign).size() - 1).actor())
                .as("the link is the system's").isEqualTo(nl.participatie.core.value.Actor.SYSTEM);
        assertThat(schouw.fileDueReports(campaign)).isEmpty();
    }

    @Test
    void aRefusedScoreFilesNothing() {
        StreamId campaign = walkingCampaign(ReportThreshold.everyTheme(QualityLevel.A_PLUS));
        Buurtschouw.Assessed refused = schouw.recordAssessment(CHAIMA_PARTICIPANT, campaign,
                new CampaignCommand.RecordAssessment(WEST, null, TREE, QualityLevel.D, null, null));
        assertThat(refused.assessment().violations()).extracting(nl.participatie.core.Violation::code)
                .containsExactly("buurtschouw.campaign.location-required");
        assertThat(refused.report()).isNull();
        assertThat(schouw.campaigns().load(campaign).assessments()).isEmpty();
    }

    @Test
    void aScoreWhoseReportWasNotFiledIsFiledLaterByItsAssessorInTheirRole() {
        StreamId campaign = walkingCampaign(ReportThreshold.everyTheme(QualityLevel.B));
        // Recorded on the campaign engine alone, as if filing had failed right after.
        schouw.campaigns().handle(campaign, BRAM_CORE, new CampaignCommand.RecordAssessment(OOST, null, CONTAINER, QualityLevel.C,
                null, JAVASTRAAT)).orElseThrow();
        assertThat(schouw.campaigns().load(campaign).awaitingReport()).extracting(Assessment::number).containsExactly(1);
        List<Outcome<ReportEvent, Report>> filed = schouw.fileDueReports(campaign);
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).orElseThrow().events().get(0).actor()).isEqualTo(BRAM_CORE);
        assertThat(filed.get(0).orElseThrow().state().reporter()).isEqualTo(BRAM);
        assertThat(schouw.campaigns().load(campaign).assessments().get(0).report()).isEqualTo(filed.get(0).stream());
        assertThat(schouw.fileDueReports(campaign)).isEmpty();
    }

    @Test
    void tenThousandIndependentReportStreams() {
        List<StreamId> streams = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            GeoPoint where = GeoPoint.of(52.36 + (i % 100) * 1e-4, 4.93 + (i / 100) * 1e-4);
            streams.add(schouw.fileReport(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol " + i, where, ANNA, null)).orElseThrow().stream());
        }
        assertThat(streams).doesNotHaveDuplicates().hasSize(10_000);
        for (int i = 0; i < streams.size(); i += 2) {
            schouw.reports().handle(streams.get(i), OFFICER, new ReportCommand.Handle(DONE)).orElseThrow();
        }
        clock.advance(java.time.Duration.ofDays(15));
        assertThat(schouw.fireDue(streams)).hasSize(5_000).allMatch(Outcome::isAccepted);
        assertThat(schouw.summary(streams.get(0)).step()).isEqualTo(ReportStep.HANDLED);
        assertThat(schouw.reports().load(streams.get(0)).surveyClosesAt()).isNull();
    }

    @Test
    void onlyCampaignAndReportStreamsHaveDeadlines() {
        assertThatThrownBy(() -> schouw.fireDue(List.of(StreamId.of("sample.petition", "x")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(schouw.open311().services()).isNotEmpty();
    }
}

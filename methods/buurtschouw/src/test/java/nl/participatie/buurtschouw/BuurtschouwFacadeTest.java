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

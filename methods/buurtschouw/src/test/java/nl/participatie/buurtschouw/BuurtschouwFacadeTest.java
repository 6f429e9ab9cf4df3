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

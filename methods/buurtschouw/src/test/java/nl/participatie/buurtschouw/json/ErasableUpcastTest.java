package nl.participatie.buurtschouw.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CampaignEvent.CampaignRated;
import nl.participatie.buurtschouw.ReportEvent.ReactionReceived;
import nl.participatie.buurtschouw.ReportEvent.ReportFiled;
import nl.participatie.buurtschouw.ReportEvent.SatisfactionAnswered;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.testkit.UpcastFiles;

/**
 * Events stored before their personal fields became erasable (the v1 golden files, kept in {@code upcast/}) still
 * read: each field as an erasable value of the event's person, where it names one.
 */
class ErasableUpcastTest {

    private static final PersonId ANNA = PersonId.of("p-anna");

    private static Object read(String typeId) {
        return UpcastFiles.read(typeId);
    }

    @Test
    void aReportFiledInVersionOneReadsWithTheReportersErasableValues() {
        ReportFiled filed = (ReportFiled) read("buurtschouw.report-filed.v1");
        assertThat(filed.description()).isEqualTo(Erasable.of(ANNA, "De container is vol"));
        assertThat(filed.location()).isEqualTo(Erasable.of(ANNA, new GeoPoint(52.3626, 4.9378)));
        assertThat(filed.address()).isEqualTo(Erasable.of(ANNA, "Javastraat 12"));
        assertThat(filed.postcode()).isEqualTo(Erasable.of(ANNA, Postcode.parse("1094 HA")));
        assertThat(filed.photos()).containsExactly(Erasable.of(ANNA, URI.create("https://foto.example/1.jpg")));
        assertThat(filed.reporter()).isEqualTo(ANNA);
    }

    @Test
    void reactionsRemarksAndRatingsInVersionOneRead() {
        assertThat(read("buurtschouw.reaction-received.v1")).isEqualTo(new ReactionReceived(
                Erasable.of(null, "De tweede van links"), List.of(), false, Instant.parse("2026-03-01T10:15:30.123456Z")));
        // Through v2 to v3: before v3 every unhappy answer reopened the report.
        assertThat(read("buurtschouw.satisfaction-answered.v1")).isEqualTo(new SatisfactionAnswered(false, null,
                Erasable.of(null, "Nog steeds vol"), true, Instant.parse("2026-03-01T10:15:30.123456Z")));
        assertThat(read("buurtschouw.satisfaction-answered.v2")).isEqualTo(new SatisfactionAnswered(false, null,
                Erasable.of(ANNA, "Nog steeds vol"), true, Instant.parse("2026-03-01T10:15:30.123456Z")));
        assertThat(read("buurtschouw.campaign-rated.v1")).isEqualTo(new CampaignRated(PersonId.of("p-chaima"), 5,
                Erasable.of(PersonId.of("p-chaima"), "Leerzaam")));
        assertThat(((nl.participatie.buurtschouw.CampaignEvent.LessonRecorded) read("buurtschouw.lesson-recorded.v1")).lesson()
                .value()).isPresent();
    }
}

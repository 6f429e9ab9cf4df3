package nl.participatie.burgersaanhetstuur.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionBlocked;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.CycleOpened;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.InitiativeStarted;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MeasurementRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MemberLeft;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.SituationDescribed;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.UpcastFiles;

/**
 * Events stored before what residents write became erasable (the v1 golden files, kept in {@code upcast/}) still
 * read: each text as an erasable value, of the person the event names where it names one (who left), else of nobody
 * in particular; texts inside the goals, actions and indicators a new cycle carried over too.
 */
class ErasableUpcastTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final List<String> UPCAST = List.of("initiative-started", "situation-described", "member-left", "goal-set",
            "action-planned", "action-rescheduled", "progress-reported", "action-blocked", "action-finished", "action-dropped",
            "spending-recorded", "indicator-defined", "measurement-recorded", "report-accepted", "stepped-back", "paused",
            "closed", "cycle-opened", "asset-recorded");

    private static Object read(String name) {
        return UpcastFiles.read("burgersaanhetstuur." + name + ".v1");
    }

    private static Erasable<String> nobodys(String text) {
        return Erasable.of(null, text);
    }

    @Test
    void everyEventOfVersionOneReadsAsItsVersionTwo() {
        for (String name : UPCAST) {
            assertThat(read(name)).as(name).isInstanceOf(InitiativeEvent.class);
        }
    }

    @Test
    void textsOfTheInitiativeReadAsErasableValuesOfNobodyInParticular() {
        InitiativeStarted started = (InitiativeStarted) read("initiative-started");
        assertThat(started.title()).isEqualTo(nobodys("Schone Bloemenbuurt"));
        SituationDescribed described = (SituationDescribed) read("situation-described");
        assertThat(described.description()).isEqualTo(nobodys("Veel zwerfafval rond het speelveld"));
        assertThat(described.affected()).isEqualTo(nobodys("ouders en kinderen"));
        assertThat(described.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.value()).isPresent());
        assertThat(described.assets()).isNotEmpty().allSatisfy(asset -> assertThat(asset.subject()).isEmpty());
        assertThat(((nl.participatie.burgersaanhetstuur.InitiativeEvent.AssetRecorded) read("asset-recorded")).asset())
                .isEqualTo(Erasable.of(null, nl.participatie.burgersaanhetstuur.Asset.of(
                        nl.participatie.burgersaanhetstuur.Asset.Kind.SKILL, "bewoners die kunnen timmeren")));
        assertThat(read("action-blocked")).isEqualTo(new ActionBlocked(1, nobodys("geen vergunning"), T));
        assertThat(((MeasurementRecorded) read("measurement-recorded")).source()).isEqualTo(nobodys("telling werkgroep"));
        assertThat(((MeasurementRecorded) read("measurement-recorded")).value()).isEqualByComparingTo(new BigDecimal("22.5"));
    }

    @Test
    void theReasonForLeavingIsTheLeaversOwn() {
        assertThat(read("member-left")).isEqualTo(new MemberLeft(PersonId.of("carla"), Erasable.of(PersonId.of("carla"), "verhuisd")));
    }

    @Test
    void whatANewCycleCarriedOverReadsErasableToo() {
        CycleOpened opened = (CycleOpened) read("cycle-opened");
        assertThat(opened.goals()).singleElement().satisfies(g -> assertThat(g.title()).isEqualTo(nobodys("Minder zwerfafval rond het speelveld")));
        assertThat(opened.actions()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(nobodys("Afvalbakken bij het speelveld"));
            assertThat(a.note()).isEqualTo(nobodys("wacht op gemeente"));
        });
        assertThat(opened.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo(nobodys("Zakken zwerfafval per opschoonronde"));
            assertThat(i.method()).isEqualTo(nobodys("telling"));
            assertThat(i.unit()).isEqualTo("zakken");
        });
    }
}

package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.buurtschouw.CampaignEvent.*;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;

/** What must hold for every campaign: any history folds to a state that survives JSON and keeps its invariants. */
class CampaignPropertiesTest {

    static final ParticipatieJson JSON = ParticipatieJson.defaults();

    @Property(tries = 200)
    void anyHistoryFoldsToAStateThatRoundTripsAndKeepsItsInvariants(@ForAll("histories") List<CampaignEvent> events) {
        Campaign state = BuurtschouwWorkflow.CAMPAIGNS.decider().fold(Campaign.INITIAL, events);
        assertThat(JSON.read(JSON.write(state), Campaign.class)).isEqualTo(state);
        assertThat(state.coreGroup()).as("a member counts once").doesNotHaveDuplicates();
        if (!events.isEmpty() && events.get(events.size() - 1) instanceof CampaignCancelled) {
            assertThat(state.step()).isEqualTo(CampaignStep.CLOSED);
            assertThat(state.acceptsObservations(T)).as("a cancelled campaign takes no observations").isFalse();
        }
        // Folding in two parts is folding at once: evolve depends on nothing but state and event.
        int half = events.size() / 2;
        Campaign firstHalf = BuurtschouwWorkflow.CAMPAIGNS.decider().fold(Campaign.INITIAL, events.subList(0, half));
        assertThat(BuurtschouwWorkflow.CAMPAIGNS.decider().fold(firstHalf, events.subList(half, events.size()))).isEqualTo(state);
    }

    @Property(tries = 300)
    void everyCampaignEventRoundTripsThroughJson(@ForAll("events") CampaignEvent event) {
        assertThat(JSON.read(JSON.write(event), CampaignEvent.class)).isEqualTo(event);
    }

    @Provide
    Arbitrary<List<CampaignEvent>> histories() {
        return events().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<CampaignEvent> events() {
        Arbitrary<PersonId> person = Arbitraries.of(ANNA, BRAM, CHAIMA, DIRK);
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0020', '\u024f').withChars("\"\\<>&'😀").ofMinLength(1).ofMaxLength(40);
        return Arbitraries.oneOf(
                text.map(t -> new CampaignStarted(t, AMSTERDAM)),
                person.map(CoreGroupMemberJoined::new),
                person.map(CoreGroupMemberLeft::new),
                Arbitraries.just(new AreaChosen(List.of(WEST, OOST))),
                Arbitraries.just(new ThemesChosen(List.of(Theme.GREEN, Theme.LITTER))),
                Arbitraries.just(new WalkStarted(T)),
                Arbitraries.of(true, false).map(deadline -> new EntryClosed(T, deadline)),
                text.map(t -> new ResultsPublished(LocalizedText.of(t, t), T)),
                Arbitraries.integers().between(1, 5).map(score -> new CampaignRated(CHAIMA, score, null)),
                text.map(t -> new LessonRecorded(Erasable.of(CHAIMA, t))),
                Arbitraries.just(new CampaignClosed(T)),
                text.map(reason -> new CampaignCancelled(reason, T)));
    }
}

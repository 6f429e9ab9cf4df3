package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.buurtschouw.CampaignCommand.RecordAssessment;
import nl.participatie.buurtschouw.CampaignEvent.*;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

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
                text.map(reason -> new CampaignCancelled(reason, T)),
                Combinators.combine(Arbitraries.of(QualityLevel.class), Arbitraries.of(QualityLevel.class).injectNull(0.5))
                        .as((every, green) -> new ReportThresholdsSet(green == null ? List.of(ReportThreshold.everyTheme(every))
                                : List.of(ReportThreshold.everyTheme(every), ReportThreshold.of(Theme.GREEN, green)))),
                Combinators.combine(Arbitraries.integers().between(1, 5), person, Arbitraries.of(QualityLevel.class),
                                text.injectNull(0.5), Arbitraries.of(QualityLevel.class).injectNull(0.5))
                        .as((n, who, score, remark, below) -> new QualityAssessed(n, who, WEST, Theme.GREEN, TREE, score,
                                remark == null ? null : Erasable.of(who, remark), Erasable.of(who, JAVAPLEIN), below, T)),
                Arbitraries.integers().between(0, 6).map(n -> new AssessmentReported(n, StreamLink.of("reported-as", OTHER_REPORT), T)),
                Arbitraries.of(QualityLevel.class).map(score -> new InspectionRecorded(new Inspection(OOST, Theme.LITTER, null, score,
                        LocalDate.of(2026, 2, 1), BRAM, T))));
    }

    @Property(tries = 300)
    void aScoreBecomesAReportExactlyWhenItIsBelowTheThresholdOfItsTheme(@ForAll QualityLevel score, @ForAll boolean green,
                                                                      @ForAll("maybeLevel") QualityLevel every,
                                                                      @ForAll("maybeLevel") QualityLevel onGreen) {
        List<ReportThreshold> thresholds = new ArrayList<>();
        if (every != null) {
            thresholds.add(ReportThreshold.everyTheme(every));
        }
        if (onGreen != null) {
            thresholds.add(ReportThreshold.of(Theme.GREEN, onGreen));
        }
        Campaign walking = walkingCampaign().withThresholds(thresholds);
        Theme theme = green ? Theme.GREEN : Theme.LITTER;
        QualityLevel threshold = green && onGreen != null ? onGreen : every;
        Decision<CampaignEvent> decided = BuurtschouwWorkflow.CAMPAIGNS.decider().decide(
                new RecordAssessment(WEST, theme, green ? TREE : CONTAINER, score, null, JAVAPLEIN), walking,
                new DecisionContext(CAMPAIGN, CHAIMA_PARTICIPANT, T, 10, IdGenerator.sequential("p")));
        assertThat(decided).isInstanceOfSatisfying(Decision.Accept.class, accepted -> {
            QualityAssessed assessed = (QualityAssessed) accepted.events().get(0);
            boolean below = threshold != null && !score.isAtLeast(threshold);
            assertThat(assessed.reportBelow()).isEqualTo(below ? threshold : null);
            assertThat(accepted.notifications()).as("a score tells nobody anything").isEmpty();
        });
    }

    @Provide
    Arbitrary<QualityLevel> maybeLevel() {
        return Arbitraries.of(QualityLevel.class).injectNull(0.4);
    }
}

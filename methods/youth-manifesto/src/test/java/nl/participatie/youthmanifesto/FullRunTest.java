package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.core.RecordedEvent;
import nl.participatie.testkit.ExpectedFiles;

/** The whole run from recruitment to closed, its manifesto and its promise tracker against the expected files. */
class FullRunTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static FullRun.Run run;

    @BeforeAll
    static void tell() {
        run = FullRun.run();
    }

    @Test
    void endsClosedWithEveryActionFinalAndItsTrailIntact() {
        assertThat(run.group().step()).isEqualTo(ManifestoGroupStep.CLOSED);
        assertThat(run.group().manifestoActions()).allMatch(Action::isFinal);
        assertThat(run.ym().groups().verify(run.stream()).valid()).isTrue();
        ManifestoGroup replayed = YouthManifestoWorkflow.GROUPS.decider().fold(ManifestoGroup.INITIAL,
                run.ym().groups().history(run.stream()).stream().map(RecordedEvent::event).toList());
        assertThat(replayed).isEqualTo(run.group());
    }

    @Test
    void aMotieAdoptedOneRejectedWithItsReasonOneCommitmentKeptAndOneOverdue() {
        ManifestoGroup g = run.group();
        assertThat(((CouncilInstrument.Motie) g.response(1).instrument()).result()).isEqualTo(CouncilInstrument.Result.ADOPTED);
        CouncilInstrument.Motie rejected = (CouncilInstrument.Motie) g.response(2).instrument();
        assertThat(rejected.result()).isEqualTo(CouncilInstrument.Result.REJECTED);
        assertThat(rejected.reason()).isNotBlank();
        assertThat(PromiseStatus.ofCommitment(g.response(3), run.group().stepSince().atZone(nl.participatie.core.value.DutchTime.ZONE)
                .toLocalDate())).isEqualTo(PromiseStatus.KEPT);
        assertThat(g.response(4).overdueNoticed()).isTrue();
        assertThat(g.response(4).settlement()).isNull();
        assertThat(run.notifications()).extracting(n -> n.code())
                .contains("youthmanifesto.commitment-overdue", "youthmanifesto.consent-reconfirmation-requested");
    }

    @Test
    void theManifestoIsAsExpectedInBothLanguages() {
        Manifesto manifesto = run.ym().manifesto(run.stream());
        ExpectedFiles.EXPECTED.assertMatches("manifesto.nl.md", manifesto.toMarkdown(DUTCH));
        ExpectedFiles.EXPECTED.assertMatches("manifesto.en.md", manifesto.toMarkdown(Locale.ENGLISH));
    }

    @Test
    void thePromiseTrackerIsAsExpectedInBothLanguages() {
        PromiseTracker tracker = run.ym().promiseTracker(run.stream());
        ExpectedFiles.EXPECTED.assertMatches("promise-tracker.nl.md", tracker.toMarkdown(DUTCH));
        ExpectedFiles.EXPECTED.assertMatches("promise-tracker.en.md", tracker.toMarkdown(Locale.ENGLISH));
    }
}

package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.CHILL_SPOT;
import static nl.participatie.youthmanifesto.Story.SAM;
import static nl.participatie.youthmanifesto.Story.START;
import static nl.participatie.youthmanifesto.Story.WETHOUDER;
import static nl.participatie.youthmanifesto.Story.advanceTo;
import static nl.participatie.youthmanifesto.Story.enrol;
import static nl.participatie.youthmanifesto.Story.young;
import static nl.participatie.youthmanifesto.Story.youngActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Notification;
import nl.participatie.core.RecordedEvent;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.StepAdvanced;

/**
 * A group decides its own form: it adds a field visit, later swaps it with the prioritisation, and runs the adapted
 * process from recruitment to closed; an adaptation that puts the follow-up before the hand-over is refused.
 */
class AdaptedProcessTest {

    private static final Stage RECRUITMENT = Stage.of(ManifestoGroupStep.RECRUITMENT);
    private static final Stage TOPICS = Stage.named(ManifestoGroupStep.TOPICS, "Wat speelt er?");
    private static final Stage VISIT = Stage.own("Werkbezoek stadhuis");
    private static final Stage PRIORITISATION = Stage.of(ManifestoGroupStep.PRIORITISATION);
    private static final Stage DRAFTING = Stage.of(ManifestoGroupStep.DRAFTING);
    private static final Stage HANDOVER = Stage.of(ManifestoGroupStep.HANDOVER);
    private static final Stage RESPONSE = Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE);
    private static final Stage FOLLOW_UP = Stage.of(ManifestoGroupStep.FOLLOW_UP);

    @Test
    void aStepAddedAndTwoStepsSwappedRunsEndToEnd() {
        Story.Scenario s = Story.scenario().given(SAM, START);
        for (int n = 1; n <= 12; n++) {
            s.given(SAM, enrol(n));
        }
        // At the kick-off the group renames the topics step and adds a field visit after it.
        s.given(SAM, new AdaptProcess(List.of(RECRUITMENT, TOPICS, VISIT, PRIORITISATION, DRAFTING, HANDOVER, RESPONSE, FOLLOW_UP),
                "kick-off: eerst samen naar het stadhuis"));
        s.when(SAM, advanceTo(2)).thenNotified(n -> assertThat(n.get(0).message().nl())
                .isEqualTo("'Youth Manifesto Overvecht' is nu in fase 2: Wat speelt er?"));
        s.given(youngActor(1), CHILL_SPOT).given(youngActor(2), Story.INTERNSHIPS);
        // While raising topics, the group swaps the field visit and the prioritisation: vote first, then visit.
        s.given(SAM, new AdaptProcess(List.of(RECRUITMENT, TOPICS, PRIORITISATION, VISIT, DRAFTING, HANDOVER, RESPONSE, FOLLOW_UP),
                "eerst stemmen, dan met de uitslag naar het stadhuis"));
        s.after(Duration.ofDays(7)).given(SAM, advanceTo(3));
        assertThat(s.state().step()).isEqualTo(ManifestoGroupStep.PRIORITISATION);
        for (int n = 1; n <= 12; n++) {
            s.given(youngActor(n), new CastBallot(young(n), List.of(1, 2)));
        }
        s.given(SAM, new CountBallots());
        s.when(SAM, advanceTo(4)).thenEvents(new StepAdvanced(4, ManifestoGroupStep.OWN_STEP, s.clock().instant()))
                .thenNotified(n -> assertThat(n).extracting(Notification::message).extracting(m -> m.en())
                        .containsOnly("'Youth Manifesto Overvecht' is now in stage 4: Werkbezoek stadhuis"));
        // Nothing of the method's steps happens during the visit; the group moves on to drafting.
        s.when(youngActor(1), new DraftTopic(1, "x")).thenRejected("workflow.step-not-allowed");
        s.given(SAM, advanceTo(5));
        s.given(youngActor(1), new DraftTopic(1, "Geen plek."), new AddAction(1, "Langer open",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd"), null));
        s.given(youngActor(2), new DraftTopic(2, "Stage."), new AddAction(2, "Anoniem solliciteren",
                Addressee.of(Addressee.Kind.COUNCIL, "de gemeenteraad"), null));
        for (int n = 1; n <= 12; n++) {
            s.given(youngActor(n), new VoteOnDraft(true));
        }
        s.given(SAM, advanceTo(6));
        LocalDate today = s.clock().today();
        s.given(SAM, new HandOver(today, "raadsvergadering", "de raad", null), advanceTo(7));
        s.given(WETHOUDER, new RecordCouncilResponse(new CouncilInstrument.WrittenAnswer("We doen het.", null, today), List.of(1, 2)));
        s.given(SAM, advanceTo(8), new ConcludeAction(1, true, "gedaan"), new ConcludeAction(2, true, "gedaan"), new CloseGroup(""));

        assertThat(s.state().step()).isEqualTo(ManifestoGroupStep.CLOSED);
        List<ManifestoGroupStep> visited = s.spec().engine().history(s.spec().stream()).stream().map(RecordedEvent::event)
                .filter(StepAdvanced.class::isInstance).map(e -> ((StepAdvanced) e).step()).toList();
        assertThat(visited).containsExactly(ManifestoGroupStep.TOPICS, ManifestoGroupStep.PRIORITISATION, ManifestoGroupStep.OWN_STEP,
                ManifestoGroupStep.DRAFTING, ManifestoGroupStep.HANDOVER, ManifestoGroupStep.COUNCIL_RESPONSE, ManifestoGroupStep.FOLLOW_UP);
        assertThat(s.spec().engine().verify(s.spec().stream()).valid()).isTrue();
    }

    @Test
    void anAdaptationWithTheFollowUpBeforeTheHandOverIsRefusedWithAClearCode() {
        Story.Scenario s = Story.at(ManifestoGroupStep.RECRUITMENT);
        var refused = s.when(SAM, new AdaptProcess(List.of(RECRUITMENT, TOPICS, PRIORITISATION, DRAFTING, FOLLOW_UP, HANDOVER, RESPONSE),
                "eerst opvolgen")).thenRejected("youthmanifesto.process-order-invalid");
        assertThat(refused.violations().get(0).message().nl()).startsWith("HANDOVER moet vóór FOLLOW_UP komen");
        assertThat(s.state().process()).isEqualTo(GroupProcess.defaults());
    }

    @Test
    void theLibraryChecksTheProcessAsDataToo() {
        assertThat(GroupProcess.defaults().check()).isEmpty();
        assertThat(GroupProcess.of(List.of(RECRUITMENT, VISIT, TOPICS, PRIORITISATION, DRAFTING, Stage.own("Oefenen met inspreken"),
                HANDOVER, RESPONSE, FOLLOW_UP)).check()).isEmpty();
        assertThat(GroupProcess.of(List.of(RECRUITMENT, PRIORITISATION, TOPICS, DRAFTING, HANDOVER, RESPONSE, FOLLOW_UP)).check())
                .extracting(v -> v.message().en()).containsExactly("TOPICS must come before PRIORITISATION: each step needs what the one "
                        + "before it produced");
    }
}

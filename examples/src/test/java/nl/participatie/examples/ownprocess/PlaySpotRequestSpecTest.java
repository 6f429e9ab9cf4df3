package nl.participatie.examples.ownprocess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Actor;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Assess;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Ask;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Decide;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Decided;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Step;
import nl.participatie.testkit.Spec;

/** The play-spot process, specified as a vendor would: given what happened, when a command, then events or codes. */
class PlaySpotRequestSpecTest {

    private static final Actor RESIDENT = Actor.of("p-7f3a", PlaySpotRequests.RESIDENT);
    private static final Actor OFFICER = Actor.of("p-20c1", PlaySpotRequests.CIVIL_SERVANT);

    @Test
    void aRefusalCarriesItsReasonToTheResident() {
        // testing-own-process:begin
        Spec.of(PlaySpotRequests.DEFINITION)
                .given(RESIDENT, new Ask("Grasveld achter de Linde"))
                .given(OFFICER, new Assess())
                .when(OFFICER, new Decide(false, "Te dicht bij de weg"))
                .thenEvents(new Decided(false, "Te dicht bij de weg"))
                .thenState(request -> assertThat(request.step()).isEqualTo(Step.DECIDED))
                .thenNotified(told -> assertThat(told).singleElement()
                        .satisfies(n -> assertThat(n.message().nl()).endsWith("Te dicht bij de weg")));
        // testing-own-process:end
    }

    @Test
    void aResidentCannotDecide() {
        Spec.of(PlaySpotRequests.DEFINITION)
                .given(RESIDENT, new Ask("Grasveld achter de Linde"))
                .given(OFFICER, new Assess())
                .when(RESIDENT, new Decide(true, "Mag van mij"))
                .thenRejected("workflow.role-not-allowed");
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedByItsConstraint() {
        Spec.of(PlaySpotRequests.DEFINITION)
                .given(RESIDENT, new Ask("Grasveld achter de Linde"))
                .given(OFFICER, new Assess())
                .when(OFFICER, new Decide(false, " "))
                .thenRejected("constraint.NotBlank");
    }

    @Test
    void aRequestIsAskedOnce() {
        Spec.of(PlaySpotRequests.DEFINITION)
                .given(RESIDENT, new Ask("Grasveld achter de Linde"))
                .when(RESIDENT, new Ask("Pleintje bij de bakker"))
                .thenRejected("gemeente.play-spot.already-asked")
                .thenState(request -> assertThat(request.place()).isEqualTo("Grasveld achter de Linde"));
    }

    @Test
    void nothingIsDecidedBeforeTheAssessment() {
        Spec.of(PlaySpotRequests.DEFINITION)
                .given(RESIDENT, new Ask("Grasveld achter de Linde"))
                .when(OFFICER, new Decide(true, "Goed plan"))
                .thenRejected("workflow.step-not-allowed");
    }
}

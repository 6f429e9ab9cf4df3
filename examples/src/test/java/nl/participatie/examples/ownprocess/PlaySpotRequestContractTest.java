package nl.participatie.examples.ownprocess;

import java.util.List;

import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.PersonId;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Command;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Event;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Request;
import nl.participatie.examples.ownprocess.PlaySpotRequests.Step;
import nl.participatie.testkit.MethodContract;

/**
 * The contract every process keeps, for the vendor's own one: every command decided and every event evolved in every
 * sample state, every type in the workflow and with a type id, every event equal to its golden file in
 * {@code src/test/resources/golden/}, and states that survive JSON.
 */
class PlaySpotRequestContractTest extends MethodContract<Command, Event, Request> {

    private static final PersonId RESIDENT = PersonId.of("p-7f3a");

    @Override
    protected ProcessDefinition<Command, Event, Request, ?> definition() {
        return PlaySpotRequests.DEFINITION;
    }

    @Override
    protected List<Command> sampleCommands() {
        return List.of(new PlaySpotRequests.Ask("Grasveld achter de Linde"), new PlaySpotRequests.Assess(),
                new PlaySpotRequests.Decide(true, "Past in het speelruimteplan"));
    }

    @Override
    protected List<Event> sampleEvents() {
        return List.of(new PlaySpotRequests.Asked(RESIDENT, "Grasveld achter de Linde"),
                new PlaySpotRequests.AssessmentStarted(), new PlaySpotRequests.Decided(false, "Te dicht bij de weg"));
    }

    @Override
    protected List<Request> sampleStates() {
        return List.of(PlaySpotRequests.Request.NEW, new Request(Step.ASSESSING, RESIDENT, "Grasveld", null),
                new Request(Step.DECIDED, RESIDENT, "Grasveld", true));
    }
}

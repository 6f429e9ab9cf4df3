package nl.participatie.core.sample;

import java.time.Instant;
import java.util.List;

import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.MethodContract;

class PetitionContractTest extends MethodContract<PetitionCommand, PetitionEvent, Petition> {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Override
    protected ProcessDefinition<PetitionCommand, PetitionEvent, Petition, ?> definition() {
        return Petitions.DEFINITION;
    }

    @Override
    protected List<PetitionCommand> sampleCommands() {
        return List.of(new PetitionCommand.Draft("Meer bankjes"), new PetitionCommand.Open(T),
                new PetitionCommand.Support(PersonId.of("p-1")), new PetitionCommand.Decide(true, "Goed plan"),
                new PetitionCommand.Close("Ingetrokken"), new PetitionCommand.Expire());
    }

    @Override
    protected List<PetitionEvent> sampleEvents() {
        return List.of(new PetitionEvent.Drafted("Meer bankjes in het park"), new PetitionEvent.Opened(T),
                new PetitionEvent.Supported(PersonId.of("p-1"), 1), new PetitionEvent.Decided(false, "Geen budget"),
                new PetitionEvent.Closed("Ingetrokken"), new PetitionEvent.Expired(T));
    }

    @Override
    protected List<Petition> sampleStates() {
        return List.of(Petition.INITIAL,
                new Petition(PetitionStep.OPEN, "Bankjes", T, List.of(PersonId.of("p-1"), PersonId.of("p-2")), null),
                new Petition(PetitionStep.DECIDED, "Bankjes", T, List.of(PersonId.of("p-1")), true));
    }
}

package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.MarkActionOverdue;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Violation;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * Who may act on which initiative: the vendor says who someone is and which municipal role they hold; being an
 * initiator or a participant is decided per initiative, from its own history; nobody acts as the system.
 */
class InitiativeAuthorisationTest {

    private static final Actor ANNA = Actor.of("p-anna", BurgersAanHetStuurWorkflow.INITIATOR);
    private static final Actor KEES = Actor.of("p-kees", BurgersAanHetStuurWorkflow.INITIATOR);
    private static final NeighbourhoodCode BUURT = NeighbourhoodCode.parse("BU03630102");

    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives =
            BurgersAanHetStuur.builder().store(new InMemoryEventStore()).build().initiatives();

    private StreamId startedBy(Actor initiator, String title) {
        StreamId id = initiatives.newStream();
        initiatives.handle(id, initiator, new StartInitiative(title, BUURT, List.of(initiator.person()), null)).orElseThrow();
        return id;
    }

    @Test
    void anInitiatorOfOneInitiativeCannotChangeAnother() {
        StreamId annas = startedBy(ANNA, "Schone Bloemenbuurt");
        startedBy(KEES, "Groene Kees");

        var refused = initiatives.handle(annas, KEES, new DescribeSituation("Alles anders", "iedereen", List.of(), List.of()));
        assertThat(refused.violations()).extracting(Violation::code).containsExactly("workflow.not-in-instance");
        assertThat(refused.violations().get(0).message().en()).contains("p-kees", "INITIATOR");
        assertThat(initiatives.history(annas)).as("nothing recorded for Kees on Anna's initiative").hasSize(1);
    }

    @Test
    void theInitiatorOfThisInitiativeMay() {
        StreamId annas = startedBy(ANNA, "Schone Bloemenbuurt");
        initiatives.handle(annas, ANNA, new DescribeSituation("Zwerfafval", "ouders", List.of(),
                List.of(Asset.of(Asset.Kind.PLACE, "buurthuis")))).orElseThrow();
        initiatives.handle(annas, ANNA, new AdvanceStep(InitiativeStep.GOALS)).orElseThrow();
        assertThat(initiatives.handle(annas, ANNA, new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY)).isAccepted()).isTrue();
    }

    @Test
    void aParticipantRoleClaimedOnAnInitiativeOneIsNotInIsRefused() {
        StreamId annas = startedBy(ANNA, "Schone Bloemenbuurt");
        Actor stranger = Actor.of("p-stranger", BurgersAanHetStuurWorkflow.PARTICIPANT);
        var refused = initiatives.handle(annas, stranger, new InitiativeCommand.LeaveInitiative(stranger.person(), "verhuisd"));
        assertThat(refused.violations()).extracting(Violation::code).containsExactly("workflow.not-in-instance");
    }

    @Test
    void aForgedSystemActorIsRefusedWithAClearCode() {
        StreamId annas = startedBy(ANNA, "Schone Bloemenbuurt");
        for (Actor forged : List.of(Actor.SYSTEM, Actor.of("p-anna", Role.SYSTEM), Actor.of(PersonId.SYSTEM, BurgersAanHetStuurWorkflow.INITIATOR))) {
            var refused = initiatives.handle(annas, forged, new MarkActionOverdue(1));
            assertThat(refused.violations()).as("%s", forged).extracting(Violation::code).containsExactly("workflow.system-not-allowed");
        }
        assertThat(initiatives.history(annas)).hasSize(1);
    }
}

package nl.participatie.springboot.autoconfigure;

import java.time.LocalDate;
import java.util.List;

import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/** A citizen initiative of the Schone Bloemenbuurt, the one of the README, as the tests need it. */
final class Initiatives {

    static final Actor ANNA = Actor.of("p-7f3a9c", BurgersAanHetStuurWorkflow.INITIATOR);

    private Initiatives() {
    }

    static StartInitiative start() {
        return new StartInitiative("Schone Bloemenbuurt", NeighbourhoodCode.parse("BU03630102"),
                List.of(ANNA.person()), null);
    }

    /** An initiative in its action plan, with one action due on the given day. */
    static StreamId withActionDueOn(ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives,
                                    LocalDate deadline) {
        StreamId id = initiatives.newStream();
        initiatives.handle(id, ANNA, start()).orElseThrow();
        initiatives.handle(id, ANNA, new DescribeSituation("Zwerfafval rond het speelveld", "ouders en kinderen",
                List.of(), List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel")))).orElseThrow();
        initiatives.handle(id, ANNA, new AdvanceStep(InitiativeStep.GOALS)).orElseThrow();
        initiatives.handle(id, ANNA, new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY)).orElseThrow();
        initiatives.handle(id, ANNA, new AdvanceStep(InitiativeStep.ACTION_PLAN)).orElseThrow();
        initiatives.handle(id, ANNA, new PlanAction(1, "Opschoonochtend", ANNA.person(), deadline, List.of()))
                .orElseThrow();
        return id;
    }
}

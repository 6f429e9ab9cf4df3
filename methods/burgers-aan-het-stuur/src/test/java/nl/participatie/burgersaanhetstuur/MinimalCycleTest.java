package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/**
 * The shortest whole cycle, through the engine as a vendor calls it: one goal, one action, one indicator, one
 * measurement; 17 commands from start to the opening of cycle 2. The module README shows this sequence.
 */
class MinimalCycleTest {

    @Test
    void oneGoalOneActionOneIndicatorOneMeasurement() {
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine =
                ProcessEngine.builder(BurgersAanHetStuurWorkflow.INITIATIVES).build();
        StreamId id = engine.newStream();
        Actor anna = Actor.of("anna", BurgersAanHetStuurWorkflow.INITIATOR);
        Actor municipality = Actor.of("gijs", BurgersAanHetStuurWorkflow.CIVIL_SERVANT);
        LocalDate today = LocalDate.now(DutchTime.ZONE);

        List<Outcome<InitiativeEvent, Initiative>> outcomes = List.of(
                engine.handle(id, anna, new StartInitiative("Schone Bloemenbuurt", NeighbourhoodCode.parse("BU03630102"),
                        List.of(anna.person()), null)),
                engine.handle(id, anna, new DescribeSituation("Zwerfafval rond het speelveld", "ouders en kinderen", List.of(),
                        List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel")))),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.GOALS)),
                engine.handle(id, anna, new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY)),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.ACTION_PLAN)),
                engine.handle(id, anna, new PlanAction(1, "Opschoonochtend", anna.person(), today.plusDays(30), List.of())),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.MEASURABLE_RESULTS)),
                engine.handle(id, anna, new DefineIndicator(1, "Zakken zwerfafval", "zakken", Indicator.Kind.BETTER_OFF,
                        new BigDecimal("40"), new BigDecimal("15"), today, today.plusDays(90), "telling")),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.EXECUTION)),
                engine.handle(id, anna, new FinishAction(1, "")),
                engine.handle(id, anna, new RecordMeasurement(1, new BigDecimal("22"), today, "telling")),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.MEASUREMENT)),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.ACCOUNTABILITY)),
                engine.handle(id, anna, new AcceptReport("")),
                engine.handle(id, municipality, new AcknowledgeReport("")),
                engine.handle(id, anna, new AdvanceStep(InitiativeStep.NEW_GOALS)),
                engine.handle(id, anna, OpenNextCycle.at(InitiativeStep.SITUATION)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.violations()).isEmpty());
        Initiative initiative = engine.load(id);
        assertThat(initiative.cycle()).isEqualTo(2);
        assertThat(initiative.step()).isEqualTo(InitiativeStep.SITUATION);
        assertThat(engine.history(id)).hasSize(17);
        assertThat(engine.verify(id).valid()).isTrue();
    }
}

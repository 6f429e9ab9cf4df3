package nl.participatie.benchmarks.methods;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.Indicator;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
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
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/**
 * The shortest whole cycle of the real Burgers aan het stuur module, as its README lists it: 17 commands from
 * starting an initiative to opening cycle 2 (one goal, one action, one indicator, one measurement), all by an
 * initiator but the acknowledgement by a civil servant, through {@link ProcessEngine#handle}.
 */
public final class BahsCycle {

    public static final Actor INITIATOR = Actor.of("anna", BurgersAanHetStuurWorkflow.INITIATOR);
    public static final Actor CIVIL_SERVANT = Actor.of("gijs", BurgersAanHetStuurWorkflow.CIVIL_SERVANT);

    /** One command and who fires it. */
    public record Step(Actor actor, InitiativeCommand command) {
    }

    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine;
    private final Runnable beforeRun;
    private final Clock clock;

    public BahsCycle(Clock clock, EventStore store, Runnable beforeRun) {
        this.clock = clock;
        this.engine = BurgersAanHetStuur.builder().store(store).clock(clock)
                .ids(IdGenerator.sequential("i")).build().initiatives();
        this.beforeRun = beforeRun;
    }

    public ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine() {
        return engine;
    }

    /** The 17 commands; {@code n} makes the texts of initiative {@code n} its own. */
    public static List<Step> commands(LocalDate today, int n) {
        String suffix = n == 0 ? "" : " " + n;
        return List.of(
                new Step(INITIATOR, new StartInitiative("Schone Bloemenbuurt" + suffix, NeighbourhoodCode.parse("BU03630102"),
                        List.of(INITIATOR.person()), null)),
                new Step(INITIATOR, new DescribeSituation("Zwerfafval rond het speelveld" + suffix, "ouders en kinderen", List.of(),
                        List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel")))),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.GOALS)),
                new Step(INITIATOR, new SetGoal("Minder zwerfafval" + suffix, Goal.Theme.LIVEABILITY)),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.ACTION_PLAN)),
                new Step(INITIATOR, new PlanAction(1, "Opschoonochtend" + suffix, INITIATOR.person(), today.plusDays(30), List.of())),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.MEASURABLE_RESULTS)),
                new Step(INITIATOR, new DefineIndicator(1, "Zakken zwerfafval", "zakken", Indicator.Kind.BETTER_OFF,
                        new BigDecimal("40"), new BigDecimal("15"), today, today.plusDays(90), "telling")),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.EXECUTION)),
                new Step(INITIATOR, new FinishAction(1, "")),
                new Step(INITIATOR, new RecordMeasurement(1, new BigDecimal("22"), today, "telling")),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.MEASUREMENT)),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.ACCOUNTABILITY)),
                new Step(INITIATOR, new AcceptReport("")),
                new Step(CIVIL_SERVANT, new AcknowledgeReport("")),
                new Step(INITIATOR, new AdvanceStep(InitiativeStep.NEW_GOALS)),
                new Step(INITIATOR, OpenNextCycle.at(InitiativeStep.SITUATION)));
    }

    /** Today where the initiatives are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /** A new initiative through the first {@code count} commands; its stream. */
    public StreamId run(List<Step> steps, int count) {
        beforeRun.run();
        StreamId stream = engine.newStream();
        for (int i = 0; i < count; i++) {
            Step s = steps.get(i);
            Outcome<InitiativeEvent, Initiative> outcome = engine.handle(stream, s.actor(), s.command());
            if (!outcome.isAccepted()) {
                throw new IllegalStateException("Refused " + s.command() + ": " + outcome.violations());
            }
        }
        return stream;
    }
}

package nl.participatie.benchmarks.cycle;

import static nl.participatie.benchmarks.cycle.CycleStep.ACCOUNTABILITY;
import static nl.participatie.benchmarks.cycle.CycleStep.ACTION_PLAN;
import static nl.participatie.benchmarks.cycle.CycleStep.EXECUTION;
import static nl.participatie.benchmarks.cycle.CycleStep.GOALS;
import static nl.participatie.benchmarks.cycle.CycleStep.MEASURABLE_RESULTS;
import static nl.participatie.benchmarks.cycle.CycleStep.MEASUREMENT;
import static nl.participatie.benchmarks.cycle.CycleStep.NEW_GOALS;
import static nl.participatie.benchmarks.cycle.CycleStep.SITUATION;

import nl.participatie.benchmarks.cycle.CycleCommand.AgreeResults;
import nl.participatie.benchmarks.cycle.CycleCommand.DescribeSituation;
import nl.participatie.benchmarks.cycle.CycleCommand.Execute;
import nl.participatie.benchmarks.cycle.CycleCommand.GiveAccount;
import nl.participatie.benchmarks.cycle.CycleCommand.Measure;
import nl.participatie.benchmarks.cycle.CycleCommand.PlanActions;
import nl.participatie.benchmarks.cycle.CycleCommand.SetGoals;
import nl.participatie.benchmarks.cycle.CycleCommand.SetNewGoals;
import nl.participatie.benchmarks.cycle.CycleEvent.AccountGiven;
import nl.participatie.benchmarks.cycle.CycleEvent.ActionsPlanned;
import nl.participatie.benchmarks.cycle.CycleEvent.ExecutionDone;
import nl.participatie.benchmarks.cycle.CycleEvent.GoalsSet;
import nl.participatie.benchmarks.cycle.CycleEvent.Measured;
import nl.participatie.benchmarks.cycle.CycleEvent.NewGoalsSet;
import nl.participatie.benchmarks.cycle.CycleEvent.ResultsAgreed;
import nl.participatie.benchmarks.cycle.CycleEvent.SituationDescribed;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * The benchmark's minimal 8-step cycle as a participatie process: a {@link Workflow} declaring the eight
 * role-guarded transitions and a {@link Decider} that turns each command into one event. Deliberately small: it
 * measures the engine, not business rules.
 */
public final class CycleDecider implements Decider<CycleCommand, CycleEvent, CycleState> {

    public static final Role INITIATOR = Role.of(Cycle.INITIATOR);
    public static final Role CIVIL_SERVANT = Role.of(Cycle.CIVIL_SERVANT);

    public static final Workflow<CycleStep> WORKFLOW = Workflow.builder("Benchmark-cyclus", CycleStep.class, SITUATION)
            .transition(DescribeSituation.class, SITUATION, GOALS, INITIATOR)
            .transition(SetGoals.class, GOALS, ACTION_PLAN, INITIATOR)
            .transition(PlanActions.class, ACTION_PLAN, MEASURABLE_RESULTS, INITIATOR)
            .transition(AgreeResults.class, MEASURABLE_RESULTS, EXECUTION, CIVIL_SERVANT)
            .transition(Execute.class, EXECUTION, MEASUREMENT, INITIATOR)
            .transition(Measure.class, MEASUREMENT, ACCOUNTABILITY, INITIATOR)
            .transition(GiveAccount.class, ACCOUNTABILITY, NEW_GOALS, CIVIL_SERVANT)
            .transition(SetNewGoals.class, NEW_GOALS, GOALS, INITIATOR)
            .build();

    public static final ProcessDefinition<CycleCommand, CycleEvent, CycleState, CycleStep> DEFINITION =
            ProcessDefinition.of("benchmarks.cycle", CycleCommand.class, CycleEvent.class, new CycleDecider(), WORKFLOW,
                    CycleState::step);

    @Override
    public CycleState initialState() {
        return CycleState.INITIAL;
    }

    @Override
    public Decision<CycleEvent> decide(CycleCommand command, CycleState state, DecisionContext context) {
        String text = command.text().strip();
        if (command instanceof DescribeSituation) {
            return Decision.accept(new SituationDescribed(text));
        }
        if (command instanceof SetGoals) {
            return Decision.accept(new GoalsSet(text));
        }
        if (command instanceof PlanActions) {
            return Decision.accept(new ActionsPlanned(text));
        }
        if (command instanceof AgreeResults) {
            return Decision.accept(new ResultsAgreed(text));
        }
        if (command instanceof Execute) {
            return Decision.accept(new ExecutionDone(text));
        }
        if (command instanceof Measure) {
            return Decision.accept(new Measured(text));
        }
        if (command instanceof GiveAccount) {
            return Decision.accept(new AccountGiven(text));
        }
        if (command instanceof SetNewGoals) {
            return Decision.accept(new NewGoalsSet(text));
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    @Override
    public CycleState evolve(CycleState s, CycleEvent event) {
        if (event instanceof SituationDescribed e) {
            return new CycleState(GOALS, s.round(), e.text(), s.goals(), s.plan(), s.results(), s.measurement(), s.account());
        }
        if (event instanceof GoalsSet e) {
            return new CycleState(ACTION_PLAN, s.round(), s.situation(), e.text(), s.plan(), s.results(), s.measurement(), s.account());
        }
        if (event instanceof ActionsPlanned e) {
            return new CycleState(MEASURABLE_RESULTS, s.round(), s.situation(), s.goals(), e.text(), s.results(), s.measurement(), s.account());
        }
        if (event instanceof ResultsAgreed e) {
            return new CycleState(EXECUTION, s.round(), s.situation(), s.goals(), s.plan(), e.text(), s.measurement(), s.account());
        }
        if (event instanceof ExecutionDone) {
            return s.to(MEASUREMENT);
        }
        if (event instanceof Measured e) {
            return new CycleState(ACCOUNTABILITY, s.round(), s.situation(), s.goals(), s.plan(), s.results(), e.text(), s.account());
        }
        if (event instanceof AccountGiven e) {
            return new CycleState(NEW_GOALS, s.round(), s.situation(), s.goals(), s.plan(), s.results(), s.measurement(), e.text());
        }
        if (event instanceof NewGoalsSet e) {
            return new CycleState(GOALS, s.round() + 1, s.situation(), e.text(), s.plan(), s.results(), s.measurement(), s.account());
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }
}

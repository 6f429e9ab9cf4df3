package nl.participatie.benchmarks.cycle;

import nl.participatie.core.json.TypedJacksonModule;

/** Type ids of the benchmark's minimal cycle, so the audit trail can hash and the JSON benchmarks can read them. */
public final class CycleJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    public CycleJacksonModule() {
        super("participatie-benchmarks-cycle");
        commands(CycleCommand.class);
        family(CycleEvent.class);
        type(CycleCommand.DescribeSituation.class, "benchcycle.describe-situation.v1");
        type(CycleCommand.SetGoals.class, "benchcycle.set-goals.v1");
        type(CycleCommand.PlanActions.class, "benchcycle.plan-actions.v1");
        type(CycleCommand.AgreeResults.class, "benchcycle.agree-results.v1");
        type(CycleCommand.Execute.class, "benchcycle.execute.v1");
        type(CycleCommand.Measure.class, "benchcycle.measure.v1");
        type(CycleCommand.GiveAccount.class, "benchcycle.give-account.v1");
        type(CycleCommand.SetNewGoals.class, "benchcycle.set-new-goals.v1");
        type(CycleEvent.SituationDescribed.class, "benchcycle.situation-described.v1");
        type(CycleEvent.GoalsSet.class, "benchcycle.goals-set.v1");
        type(CycleEvent.ActionsPlanned.class, "benchcycle.actions-planned.v1");
        type(CycleEvent.ResultsAgreed.class, "benchcycle.results-agreed.v1");
        type(CycleEvent.ExecutionDone.class, "benchcycle.execution-done.v1");
        type(CycleEvent.Measured.class, "benchcycle.measured.v1");
        type(CycleEvent.AccountGiven.class, "benchcycle.account-given.v1");
        type(CycleEvent.NewGoalsSet.class, "benchcycle.new-goals-set.v1");
    }
}

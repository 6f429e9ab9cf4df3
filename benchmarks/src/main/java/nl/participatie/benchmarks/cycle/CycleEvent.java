package nl.participatie.benchmarks.cycle;

/** The events of the benchmark's minimal 8-step cycle: one per transition. */
public sealed interface CycleEvent {

    record SituationDescribed(String text) implements CycleEvent {
    }

    record GoalsSet(String text) implements CycleEvent {
    }

    record ActionsPlanned(String text) implements CycleEvent {
    }

    record ResultsAgreed(String text) implements CycleEvent {
    }

    record ExecutionDone(String text) implements CycleEvent {
    }

    record Measured(String text) implements CycleEvent {
    }

    record AccountGiven(String text) implements CycleEvent {
    }

    record NewGoalsSet(String text) implements CycleEvent {
    }
}

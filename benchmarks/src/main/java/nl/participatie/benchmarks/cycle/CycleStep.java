package nl.participatie.benchmarks.cycle;

/** The eight steps of the Burgers aan het stuur cycle, as the benchmark's minimal process declares them. */
public enum CycleStep {
    SITUATION, GOALS, ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION, MEASUREMENT, ACCOUNTABILITY, NEW_GOALS
}

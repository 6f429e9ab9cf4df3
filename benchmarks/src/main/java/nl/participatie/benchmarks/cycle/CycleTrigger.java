package nl.participatie.benchmarks.cycle;

/** The eight transitions of the cycle as plain triggers, for the baseline and the peer state machines. */
public enum CycleTrigger {
    DESCRIBE_SITUATION, SET_GOALS, PLAN_ACTIONS, AGREE_RESULTS, EXECUTE, MEASURE, GIVE_ACCOUNT, SET_NEW_GOALS
}

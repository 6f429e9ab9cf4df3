package nl.participatie.benchmarks.cycle;

/**
 * The state of one initiative in the benchmark's minimal cycle.
 *
 * @param step        where it is
 * @param round       how many times it reached new goals
 * @param situation   the situation described
 * @param goals       the current goals
 * @param plan        the action plan
 * @param results     the agreed measurable results
 * @param measurement the last measurement
 * @param account     the last account given
 */
public record CycleState(CycleStep step, int round, String situation, String goals, String plan, String results,
                         String measurement, String account) {

    public static final CycleState INITIAL = new CycleState(CycleStep.SITUATION, 0, "", "", "", "", "", "");

    CycleState to(CycleStep next) {
        return new CycleState(next, round, situation, goals, plan, results, measurement, account);
    }
}

package nl.participatie.benchmarks.cycle;

import java.util.List;

import nl.participatie.core.value.Actor;

/**
 * The peer-comparison scenario, shared by every implementation so they do the same work: a new instance in
 * {@link CycleStep#SITUATION}, then these eight transitions (SITUATION → GOALS → ACTION_PLAN → MEASURABLE_RESULTS
 * → EXECUTION → MEASUREMENT → ACCOUNTABILITY → NEW_GOALS → GOALS), each fired by an actor whose role is checked
 * and each recorded in a history with the actor and the time.
 */
public final class Cycle {

    public static final String INITIATOR = "INITIATOR";
    public static final String CIVIL_SERVANT = "CIVIL_SERVANT";
    /** A role that may fire nothing: the rejection case of the correctness test. */
    public static final String RESIDENT = "RESIDENT";

    public static final String INITIATOR_ID = "p-initiatiefnemer";
    public static final String CIVIL_SERVANT_ID = "p-ambtenaar";
    public static final String RESIDENT_ID = "p-bewoner";

    /** Where every instance ends: the second round's goals. */
    public static final CycleStep FINAL_STEP = CycleStep.GOALS;

    /**
     * One transition of the scenario.
     *
     * @param trigger the trigger, for the baseline and the state machines
     * @param from    the step it leaves
     * @param to      the step it enters
     * @param role    the only role that may fire it
     * @param actorId who fires it in the scenario
     * @param command the participatie command for it
     */
    public record Transition(CycleTrigger trigger, CycleStep from, CycleStep to, String role, String actorId,
                             CycleCommand command) {

        /** The participatie actor that fires it. */
        public Actor actor() {
            return role.equals(INITIATOR) ? INITIATOR_ACTOR : CIVIL_SERVANT_ACTOR;
        }
    }

    public static final Actor INITIATOR_ACTOR = Actor.of(INITIATOR_ID, CycleDecider.INITIATOR);
    public static final Actor CIVIL_SERVANT_ACTOR = Actor.of(CIVIL_SERVANT_ID, CycleDecider.CIVIL_SERVANT);
    public static final Actor RESIDENT_ACTOR = Actor.of(RESIDENT_ID, nl.participatie.core.value.Role.of(RESIDENT));

    public static final List<Transition> TRANSITIONS = List.of(
            t(CycleTrigger.DESCRIBE_SITUATION, CycleStep.SITUATION, CycleStep.GOALS, INITIATOR,
                    new CycleCommand.DescribeSituation("Het speeltuintje aan de Lindenlaan is verwaarloosd")),
            t(CycleTrigger.SET_GOALS, CycleStep.GOALS, CycleStep.ACTION_PLAN, INITIATOR,
                    new CycleCommand.SetGoals("Een veilige speeltuin die de buurt zelf onderhoudt")),
            t(CycleTrigger.PLAN_ACTIONS, CycleStep.ACTION_PLAN, CycleStep.MEASURABLE_RESULTS, INITIATOR,
                    new CycleCommand.PlanActions("Opruimdag in mei, onderhoudsrooster, nieuwe zandbak")),
            t(CycleTrigger.AGREE_RESULTS, CycleStep.MEASURABLE_RESULTS, CycleStep.EXECUTION, CIVIL_SERVANT,
                    new CycleCommand.AgreeResults("Twaalf vrijwilligers, maandelijks onderhoud, nul meldingen")),
            t(CycleTrigger.EXECUTE, CycleStep.EXECUTION, CycleStep.MEASUREMENT, INITIATOR,
                    new CycleCommand.Execute("Opruimdag gehouden, zandbak geplaatst")),
            t(CycleTrigger.MEASURE, CycleStep.MEASUREMENT, CycleStep.ACCOUNTABILITY, INITIATOR,
                    new CycleCommand.Measure("Veertien vrijwilligers, twee meldingen")),
            t(CycleTrigger.GIVE_ACCOUNT, CycleStep.ACCOUNTABILITY, CycleStep.NEW_GOALS, CIVIL_SERVANT,
                    new CycleCommand.GiveAccount("Verantwoord in de buurtkrant en aan de raad")),
            t(CycleTrigger.SET_NEW_GOALS, CycleStep.NEW_GOALS, CycleStep.GOALS, INITIATOR,
                    new CycleCommand.SetNewGoals("Ook het trapveldje erbij")));

    private static Transition t(CycleTrigger trigger, CycleStep from, CycleStep to, String role, CycleCommand command) {
        return new Transition(trigger, from, to, role, role.equals(INITIATOR) ? INITIATOR_ID : CIVIL_SERVANT_ID, command);
    }

    /** The transition a trigger stands for. */
    public static Transition of(CycleTrigger trigger) {
        return TRANSITIONS.get(trigger.ordinal());
    }

    private Cycle() {
    }
}

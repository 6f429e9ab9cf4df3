package nl.participatie.benchmarks.peers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.benchmarks.cycle.CycleTrigger;

/** The practical lower bound: an enum, a switch and an ArrayList of history entries, written by hand. */
public final class BaselineCycle implements CycleImplementation<BaselineCycle.Instance> {

    private final Clock clock;

    public BaselineCycle(Clock clock) {
        this.clock = clock;
    }

    /** One instance: its step and its history. */
    public static final class Instance {
        CycleStep step = CycleStep.SITUATION;
        final List<HistoryEntry> history = new ArrayList<>(8);

        /** Fires a trigger; false (and nothing changed) when it is not allowed in the step or for the role. */
        boolean fire(CycleTrigger trigger, String actorId, String role, Clock clock) {
            CycleStep next;
            String required;
            switch (step) {
                case SITUATION -> {
                    next = CycleStep.GOALS;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.DESCRIBE_SITUATION) {
                        return false;
                    }
                }
                case GOALS -> {
                    next = CycleStep.ACTION_PLAN;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.SET_GOALS) {
                        return false;
                    }
                }
                case ACTION_PLAN -> {
                    next = CycleStep.MEASURABLE_RESULTS;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.PLAN_ACTIONS) {
                        return false;
                    }
                }
                case MEASURABLE_RESULTS -> {
                    next = CycleStep.EXECUTION;
                    required = Cycle.CIVIL_SERVANT;
                    if (trigger != CycleTrigger.AGREE_RESULTS) {
                        return false;
                    }
                }
                case EXECUTION -> {
                    next = CycleStep.MEASUREMENT;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.EXECUTE) {
                        return false;
                    }
                }
                case MEASUREMENT -> {
                    next = CycleStep.ACCOUNTABILITY;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.MEASURE) {
                        return false;
                    }
                }
                case ACCOUNTABILITY -> {
                    next = CycleStep.NEW_GOALS;
                    required = Cycle.CIVIL_SERVANT;
                    if (trigger != CycleTrigger.GIVE_ACCOUNT) {
                        return false;
                    }
                }
                case NEW_GOALS -> {
                    next = CycleStep.GOALS;
                    required = Cycle.INITIATOR;
                    if (trigger != CycleTrigger.SET_NEW_GOALS) {
                        return false;
                    }
                }
                default -> throw new IllegalStateException("Unknown step " + step);
            }
            if (!required.equals(role)) {
                return false;
            }
            history.add(new HistoryEntry(step, trigger, actorId, clock.instant()));
            step = next;
            return true;
        }
    }

    @Override
    public Instance run() {
        Instance instance = new Instance();
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            if (!instance.fire(t.trigger(), t.actorId(), t.role(), clock)) {
                throw new IllegalStateException("Baseline refused " + t);
            }
        }
        return instance;
    }

    @Override
    public CycleRun report(Instance instance) {
        return new CycleRun(instance.step.name(), lines(instance.history), false);
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        Instance instance = new Instance();
        Cycle.Transition first = Cycle.TRANSITIONS.get(0);
        boolean accepted = instance.fire(first.trigger(), actorId, role, clock);
        return new CycleRun(instance.step.name(), lines(instance.history), !accepted);
    }

    static List<CycleRun.Line> lines(List<HistoryEntry> history) {
        return history.stream().map(h -> new CycleRun.Line(h.from().name(), h.actor(), h.at())).toList();
    }
}

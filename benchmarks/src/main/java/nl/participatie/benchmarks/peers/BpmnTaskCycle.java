package nl.participatie.benchmarks.peers;

import java.util.Comparator;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleStep;

/**
 * The scenario on an embedded BPMN engine with user tasks ({@code bench/cycle.bpmn20.xml}): start an instance by
 * key, then for each step complete the active task the actor's role is a candidate for (none: rejected); the engine's
 * history says who finished which task when. {@link FlowableCycle} and {@link CamundaCycle} differ only in their API.
 */
abstract class BpmnTaskCycle implements CycleImplementation<String> {

    /** Starts an instance of the process {@code cycle}; its id. */
    abstract String start();

    /** Completes the active task of the instance as the actor if the role is a candidate; false when it is not. */
    abstract boolean fire(String instance, String actorId, String role);

    /** The task definition key of the instance's active task. */
    abstract String activeStep(String instance);

    /** The finished tasks of the instance as history lines (step, who, when), in any order. */
    abstract List<CycleRun.Line> finished(String instance);

    @Override
    public final String run() {
        String instance = start();
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            if (!fire(instance, t.actorId(), t.role())) {
                throw new IllegalStateException(getClass().getSimpleName() + " refused " + t);
            }
        }
        return instance;
    }

    @Override
    public final CycleRun report(String instance) {
        return report(instance, false);
    }

    private CycleRun report(String instance, boolean rejected) {
        // Within one run every finished task is a different step, so the step order is the history order.
        List<CycleRun.Line> lines = finished(instance).stream()
                .sorted(Comparator.comparing(line -> CycleStep.valueOf(line.from())))
                .toList();
        return new CycleRun(activeStep(instance), lines, rejected);
    }

    @Override
    public final CycleRun attemptFirst(String actorId, String role) {
        String instance = start();
        boolean ok = fire(instance, actorId, role);
        return report(instance, !ok);
    }
}

package nl.participatie.benchmarks.peers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.benchmarks.cycle.CycleTrigger;

/**
 * The scenario on stateless4j: one {@link StateMachineConfig} built once (like a participatie definition), a new
 * {@link StateMachine} per instance, each transition a {@code permitIf} whose guard checks the role. stateless4j's
 * guards take no arguments, so the firing actor's role reaches them through a thread-local set around
 * {@code fire}; the history is an ArrayList the wrapper appends to after each accepted fire.
 */
public final class Stateless4jCycle implements CycleImplementation<Stateless4jCycle.Instance> {

    private static final ThreadLocal<String> FIRING_ROLE = new ThreadLocal<>();

    private final Clock clock;
    private final StateMachineConfig<CycleStep, CycleTrigger> config = new StateMachineConfig<>();

    public Stateless4jCycle(Clock clock) {
        this.clock = clock;
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            String role = t.role();
            config.configure(t.from()).permitIf(t.trigger(), t.to(), () -> role.equals(FIRING_ROLE.get()));
        }
    }

    /** One instance: the machine and its history. */
    public static final class Instance {
        final StateMachine<CycleStep, CycleTrigger> machine;
        final List<HistoryEntry> history = new ArrayList<>(8);

        Instance(StateMachineConfig<CycleStep, CycleTrigger> config) {
            machine = new StateMachine<>(CycleStep.SITUATION, config);
        }
    }

    private static void fire(Instance instance, CycleTrigger trigger, String actorId, String role, Clock clock) {
        CycleStep from = instance.machine.getState();
        FIRING_ROLE.set(role);
        try {
            instance.machine.fire(trigger);
        } finally {
            FIRING_ROLE.remove();
        }
        instance.history.add(new HistoryEntry(from, trigger, actorId, clock.instant()));
    }

    @Override
    public Instance run() {
        Instance instance = new Instance(config);
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            fire(instance, t.trigger(), t.actorId(), t.role(), clock);
        }
        return instance;
    }

    @Override
    public CycleRun report(Instance instance) {
        return new CycleRun(instance.machine.getState().name(), BaselineCycle.lines(instance.history), false);
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        Instance instance = new Instance(config);
        boolean rejected = false;
        try {
            fire(instance, Cycle.TRANSITIONS.get(0).trigger(), actorId, role, clock);
        } catch (IllegalStateException refused) {
            // stateless4j's default for a trigger no guard permits.
            rejected = true;
        }
        return new CycleRun(instance.machine.getState().name(), BaselineCycle.lines(instance.history), rejected);
    }
}

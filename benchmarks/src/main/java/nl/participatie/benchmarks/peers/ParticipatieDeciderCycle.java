package nl.participatie.benchmarks.peers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleCommand;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Violation;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * The scenario on participatie's pure parts only: the declared {@link Workflow} checks step and role, the
 * {@link Decider} decides and evolves, and each event goes into an ArrayList with its actor, step and time. No
 * validation, no hash chain, no store: the "decider only" row.
 */
public final class ParticipatieDeciderCycle implements CycleImplementation<ParticipatieDeciderCycle.Instance> {

    private static final StreamId STREAM = StreamId.of("benchmarks.cycle", "decider-only");
    private static final IdGenerator NO_IDS = () -> "unused";

    private final Clock clock;
    private final ProcessDefinition<CycleCommand, CycleEvent, CycleState, CycleStep> definition;

    public ParticipatieDeciderCycle(Clock clock) {
        this(clock, CycleDecider.DEFINITION);
    }

    public ParticipatieDeciderCycle(Clock clock, ProcessDefinition<CycleCommand, CycleEvent, CycleState, CycleStep> definition) {
        this.clock = clock;
        this.definition = definition;
    }

    /**
     * One recorded event of the in-memory history.
     *
     * @param event the event
     * @param step  the step it was decided in
     * @param actor who fired the command
     * @param at    when
     */
    public record Fact(CycleEvent event, CycleStep step, Actor actor, Instant at) {
    }

    /** One instance: its state and history. */
    public static final class Instance {
        CycleState state;
        final List<Fact> history = new ArrayList<>(8);

        Instance(CycleState state) {
            this.state = state;
        }
    }

    /** Handles one command on the instance; the violations when refused (nothing changed then). */
    private List<Violation> handle(Instance instance, Actor actor, CycleCommand command) {
        Decider<CycleCommand, CycleEvent, CycleState> decider = definition.decider();
        CycleStep step = definition.stepOf(instance.state);
        List<Violation> denied = definition.workflow().check(step, command.getClass(), actor.role());
        if (!denied.isEmpty()) {
            return denied;
        }
        Instant now = clock.instant();
        Decision<CycleEvent> decision = decider.decide(command, instance.state,
                new DecisionContext(STREAM, actor, now, instance.history.size(), NO_IDS));
        if (decision instanceof Decision.Reject<CycleEvent> reject) {
            return reject.violations();
        }
        for (CycleEvent event : ((Decision.Accept<CycleEvent>) decision).events()) {
            instance.state = decider.evolve(instance.state, event);
            instance.history.add(new Fact(event, step, actor, now));
        }
        return List.of();
    }

    @Override
    public Instance run() {
        Instance instance = new Instance(definition.decider().initialState());
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            List<Violation> refused = handle(instance, t.actor(), t.command());
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Refused " + t + ": " + refused);
            }
        }
        return instance;
    }

    @Override
    public CycleRun report(Instance instance) {
        return new CycleRun(instance.state.step().name(), lines(instance), false);
    }

    private static List<CycleRun.Line> lines(Instance instance) {
        return instance.history.stream().map(f -> new CycleRun.Line(f.step().name(), f.actor().person().value(), f.at())).toList();
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        Instance instance = new Instance(definition.decider().initialState());
        List<Violation> refused = handle(instance, Actor.of(actorId, nl.participatie.core.value.Role.of(role)),
                Cycle.TRANSITIONS.get(0).command());
        return new CycleRun(instance.state.step().name(), lines(instance), !refused.isEmpty());
    }
}

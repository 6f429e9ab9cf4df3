package nl.participatie.benchmarks.peers;

import java.time.Clock;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleCommand;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The scenario through the full facade, {@link ProcessEngine#handle}: per command Bean Validation, the workflow's
 * step and role check, read and fold of the stream, decide, the SHA-256 hash chain over canonical JSON, and the
 * append to the store. One op is a new stream and its eight commands.
 */
public final class ParticipatieFacadeCycle implements CycleImplementation<StreamId> {

    private final ProcessEngine<CycleCommand, CycleEvent, CycleState> engine;
    private final Runnable beforeRun;

    /** On a {@link FreshInMemoryStore}, emptied before each run. */
    public ParticipatieFacadeCycle(Clock clock) {
        this(clock, new FreshInMemoryStore());
    }

    private ParticipatieFacadeCycle(Clock clock, FreshInMemoryStore store) {
        this(clock, store, store::reset, CycleDecider.DEFINITION);
    }

    /** On the given store; {@code beforeRun} may clean it up between runs. */
    public ParticipatieFacadeCycle(Clock clock, EventStore store, Runnable beforeRun,
                                   ProcessDefinition<CycleCommand, CycleEvent, CycleState, ?> definition) {
        this.engine = ProcessEngine.builder(definition).store(store).clock(clock).ids(IdGenerator.sequential("c")).build();
        this.beforeRun = beforeRun;
    }

    /** The engine, for reports and tests. */
    public ProcessEngine<CycleCommand, CycleEvent, CycleState> engine() {
        return engine;
    }

    @Override
    public StreamId run() {
        beforeRun.run();
        StreamId stream = engine.newStream();
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            Outcome<CycleEvent, CycleState> outcome = engine.handle(stream, t.actor(), t.command());
            if (!outcome.isAccepted()) {
                throw new IllegalStateException("Refused " + t + ": " + outcome.violations());
            }
        }
        return stream;
    }

    @Override
    public CycleRun report(StreamId stream) {
        return report(stream, false);
    }

    private CycleRun report(StreamId stream, boolean rejected) {
        List<RecordedEvent<CycleEvent>> history = engine.history(stream);
        if (!engine.verify(stream).valid()) {
            throw new IllegalStateException("Broken audit trail of " + stream);
        }
        List<CycleRun.Line> lines = history.stream()
                .map(r -> new CycleRun.Line(r.step(), r.actor().person().value(), r.recordedAt())).toList();
        return new CycleRun(engine.load(stream).step().name(), lines, rejected);
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        beforeRun.run();
        StreamId stream = engine.newStream();
        Outcome<CycleEvent, CycleState> outcome = engine.handle(stream, Actor.of(actorId, Role.of(role)), Cycle.TRANSITIONS.get(0).command());
        return report(stream, !outcome.isAccepted());
    }
}

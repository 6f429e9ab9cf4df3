package nl.participatie.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.benchmarks.cycle.CycleCommand;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.InMemoryEventStore;

/**
 * Replay: the state of an instance is the fold of its events. {@code fold} is the decider alone over a list of
 * events; {@code load} is {@link ProcessEngine#load} (read the stream from the in-memory store, cast, fold). Events
 * per second = {@code events} / time per op.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ReplayBenchmark {

    @Param({"10", "1000", "100000"})
    public int events;

    private final CycleDecider decider = new CycleDecider();
    private List<CycleEvent> history;
    private ProcessEngine<CycleCommand, CycleEvent, CycleState> engine;

    @Setup
    public void setUp() {
        history = Histories.events(events);
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(Histories.STREAM, 0, Histories.recorded(events));
        // Without the state cache (on by default since issue 18): this row measures reading and folding the history.
        engine = ProcessEngine.builder(CycleDecider.DEFINITION).store(store).clock(Clock.systemUTC()).cacheStates(0).build();
    }

    @Benchmark
    public CycleState fold() {
        return decider.fold(decider.initialState(), history);
    }

    @Benchmark
    public CycleState load() {
        return engine.load(Histories.STREAM);
    }
}

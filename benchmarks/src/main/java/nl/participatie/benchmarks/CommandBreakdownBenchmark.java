package nl.participatie.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleCommand;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.benchmarks.peers.FreshInMemoryStore;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.validation.CommandValidation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * Where the time of one command goes: {@code handle} is the whole of {@link ProcessEngine#handle} for the first
 * command of a new instance (SITUATION → GOALS), the other benchmarks are its phases, each on the same command,
 * state and event: Bean Validation, the workflow's step/role check, read and fold of the stream (empty for the first
 * command; 3 events for the fourth), decide, evolve, recording (canonical JSON + SHA-256 + hex) split into its
 * parts, and the append to an in-memory store.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CommandBreakdownBenchmark {

    private final Clock clock = Clock.systemUTC();
    private final ParticipatieJson format = ParticipatieJson.defaults();
    private final AuditTrail trail = new AuditTrail(format);
    private final CycleDecider decider = new CycleDecider();
    private final CommandValidation validation = CommandValidation.shared();
    private final IdGenerator ids = IdGenerator.sequential("b");

    private FreshInMemoryStore freshStore;
    private ProcessEngine<CycleCommand, CycleEvent, CycleState> engine;
    private InMemoryEventStore storeWithThree;
    private StreamId stream;
    private StreamId threeEvents;
    private Actor actor;
    private CycleCommand command;
    private CycleEvent event;
    private Instant now;
    private RecordedEvent<CycleEvent> unhashed;
    private RecordedEvent<CycleEvent> recorded;
    private byte[] canonical;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        freshStore = new FreshInMemoryStore();
        engine = ProcessEngine.builder(CycleDecider.DEFINITION).store(freshStore).clock(clock).ids(ids).build();
        Cycle.Transition first = Cycle.TRANSITIONS.get(0);
        actor = first.actor();
        command = first.command();
        stream = StreamId.of("benchmarks.cycle", "breakdown");
        now = clock.instant();
        event = ((Decision.Accept<CycleEvent>) decider.decide(command, decider.initialState(),
                new DecisionContext(stream, actor, now, 0, ids))).events().get(0);
        recorded = trail.record(stream, null, now, actor, CycleStep.SITUATION.name(), event);
        unhashed = recorded.withHash("");
        canonical = format.canonicalBytes(unhashed);
        sha256 = MessageDigest.getInstance("SHA-256");
        storeWithThree = new InMemoryEventStore();
        threeEvents = Histories.STREAM;
        storeWithThree.append(threeEvents, 0, Histories.recorded(3));
    }

    /** The whole command: new stream id, validation, read and fold, check, decide, record with hash, append. */
    @Benchmark
    public Outcome<CycleEvent, CycleState> handle() {
        freshStore.reset();
        return engine.handle(engine.newStream(), actor, command);
    }

    @Benchmark
    public StreamId newStreamId() {
        return engine.newStream();
    }

    @Benchmark
    public List<Violation> validation() {
        return validation.validate(command);
    }

    @Benchmark
    public List<Violation> authorisation() {
        return CycleDecider.WORKFLOW.check(CycleStep.SITUATION, command.getClass(), actor.role());
    }

    @Benchmark
    public CycleState readAndFoldEmpty() {
        return fold(freshStore.read(stream));
    }

    @Benchmark
    public CycleState readAndFoldThree() {
        return fold(storeWithThree.read(threeEvents));
    }

    /** What the engine does with a stream it read: cast each event and evolve. */
    private CycleState fold(List<RecordedEvent<?>> history) {
        CycleState state = decider.initialState();
        for (RecordedEvent<?> r : history) {
            state = decider.evolve(state, CycleEvent.class.cast(r.event()));
        }
        return state;
    }

    @Benchmark
    public Decision<CycleEvent> decide() {
        return decider.decide(command, CycleState.INITIAL, new DecisionContext(stream, actor, now, 0, ids));
    }

    @Benchmark
    public CycleState evolve() {
        return decider.evolve(CycleState.INITIAL, event);
    }

    /** Canonical JSON + SHA-256 + hex: {@link AuditTrail#record}. */
    @Benchmark
    public RecordedEvent<CycleEvent> recordWithHash() {
        return trail.record(stream, null, now, actor, CycleStep.SITUATION.name(), event);
    }

    @Benchmark
    public byte[] recordCanonicalJsonOnly() {
        return format.canonicalBytes(unhashed);
    }

    @Benchmark
    public String recordSha256AndHexOnly() {
        return HexFormat.of().formatHex(sha256.digest(canonical));
    }

    @Benchmark
    public InMemoryEventStore append() {
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(stream, 0, List.of(recorded));
        return store;
    }
}

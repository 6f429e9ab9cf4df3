package nl.participatie.benchmarks;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleCommand;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.benchmarks.methods.BahsCycle;
import nl.participatie.benchmarks.peers.BaselineCycle;
import nl.participatie.benchmarks.peers.FreshInMemoryStore;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.benchmarks.peers.ParticipatieFacadeCycle;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.StreamId;

/**
 * Retained memory, measured with JOL ({@link GraphLayout#parseInstance}: every object reachable from the root,
 * shared strings included, so these are upper bounds): the state of one initiative after a full cycle, 100,000 such
 * states in a {@link HashMap} by stream id (each with its own texts), and for comparison the recorded history of one
 * instance and the baseline's instance with its history.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar nl.participatie.benchmarks.MemoryFootprint [count]}.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) {
        // Unsafe gives no field offsets of records on Java 17; JOL then finds them its own way.
        System.setProperty("jol.magicFieldOffset", "true");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.println("# JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        var hotspot = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        System.out.println("# UseCompressedOops=" + hotspot.getVMOption("UseCompressedOops").getValue()
                + ", object alignment " + VM.current().objectAlignment() + " bytes, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");

        CycleState one = stateAfterCycle(0);
        row("minimal cycle state after a full cycle (CycleState)", GraphLayout.parseInstance(one));

        Map<StreamId, CycleState> states = new HashMap<>();
        for (int i = 0; i < count; i++) {
            states.put(StreamId.of("benchmarks.cycle", "i-" + i), stateAfterCycle(i));
        }
        GraphLayout all = GraphLayout.parseInstance(states);
        row(String.format("%,d such states in a HashMap<StreamId, CycleState> (keys included)", count), all);
        System.out.printf("| %s | %,.0f bytes |%n", "  per entry", (double) all.totalSize() / count);

        ParticipatieFacadeCycle facade = new ParticipatieFacadeCycle(Clock.systemUTC());
        StreamId stream = facade.run();
        List<RecordedEvent<CycleEvent>> history = facade.engine().history(stream);
        row("recorded history of one instance (8 hash-chained RecordedEvents)", GraphLayout.parseInstance(history));

        // The real Burgers aan het stuur module: an initiative after its shortest whole cycle (17 commands, cycle 2 open).
        FreshInMemoryStore store = new FreshInMemoryStore();
        BahsCycle bahs = new BahsCycle(Clock.systemUTC(), store, store::reset);
        java.time.LocalDate today = bahs.today();
        Initiative initiative = bahs.engine().load(bahs.run(BahsCycle.commands(today, 0), 17));
        row("Burgers aan het stuur Initiative after its shortest whole cycle (17 commands)", GraphLayout.parseInstance(initiative));
        Map<StreamId, Initiative> initiatives = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            StreamId id = bahs.run(BahsCycle.commands(today, i), 17);
            initiatives.put(id, bahs.engine().load(id));
        }
        GraphLayout allInitiatives = GraphLayout.parseInstance(initiatives);
        row(String.format("%,d such initiatives (own texts) in a HashMap<StreamId, Initiative>", count), allInitiatives);
        System.out.printf("| %s | %,.0f bytes |%n", "  per entry", (double) allInitiatives.totalSize() / count);
        // The engine's state cache after those initiatives: full at its default bound (ProcessEngine.DEFAULT_CACHED_STREAMS).
        GraphLayout cache = GraphLayout.parseInstance(stateCache(bahs.engine()));
        int cached = Math.min(count, ProcessEngine.DEFAULT_CACHED_STREAMS);
        row(String.format("the Burgers aan het stuur engine's state cache after them (%,d entries, the default bound)", cached), cache);
        System.out.printf("| %s | %,.0f bytes |%n", "  per entry (state, last record, key, map node)", (double) cache.totalSize() / cached);

        BaselineCycle.Instance baseline = new BaselineCycle(Clock.systemUTC()).run();
        row("baseline instance (enum + ArrayList of 8 history entries)", GraphLayout.parseInstance(baseline));
    }

    /** The engine's private state cache, read for measuring only. */
    private static Object stateCache(ProcessEngine<?, ?, ?> engine) {
        try {
            java.lang.reflect.Field field = ProcessEngine.class.getDeclaredField("cache");
            field.setAccessible(true);
            return field.get(engine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ProcessEngine has no field 'cache' to measure", e);
        }
    }

    private static void row(String what, GraphLayout layout) {
        System.out.printf("| %s | %,d bytes | %,d objects |%n", what, layout.totalSize(), layout.totalCount());
    }

    /** The state of initiative {@code i} after the eight transitions, with texts of its own. */
    static CycleState stateAfterCycle(int i) {
        CycleDecider decider = new CycleDecider();
        CycleState state = decider.initialState();
        StreamId stream = StreamId.of("benchmarks.cycle", "i-" + i);
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            CycleCommand command = Histories.withText(t, t.command().text() + " (initiatief " + i + ")");
            Decision<CycleEvent> d = decider.decide(command, state, new DecisionContext(stream, t.actor(), Histories.T0, 0, () -> "id"));
            for (CycleEvent e : ((Decision.Accept<CycleEvent>) d).events()) {
                state = decider.evolve(state, e);
            }
        }
        return state;
    }
}

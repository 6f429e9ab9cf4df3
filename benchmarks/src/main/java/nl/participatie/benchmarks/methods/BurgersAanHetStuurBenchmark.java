package nl.participatie.benchmarks.methods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

import nl.participatie.benchmarks.peers.FreshInMemoryStore;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.StallDiagnosis;

/**
 * Burgers aan het stuur: the stall diagnosis over 10,000 initiatives, each stopped somewhere in the shortest whole
 * cycle (1 to 17 commands; actions due in 30 days), diagnosed 60 days later so that some actions are overdue.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BurgersAanHetStuurBenchmark {

    static final int INITIATIVES = 10_000;

    private final StallDiagnosis diagnosis = StallDiagnosis.defaults();
    private List<Initiative> initiatives;
    private Instant now;

    @Setup
    public void setUp() {
        FreshInMemoryStore store = new FreshInMemoryStore();
        BahsCycle cycle = new BahsCycle(Clock.systemUTC(), store, store::reset);
        LocalDate today = cycle.today();
        initiatives = new ArrayList<>(INITIATIVES);
        for (int i = 0; i < INITIATIVES; i++) {
            int count = 1 + i % 17;
            initiatives.add(cycle.engine().load(cycle.run(BahsCycle.commands(today, i + 1), count)));
        }
        now = Instant.now().plusSeconds(60L * 24 * 3600);
    }

    @Benchmark
    public void diagnose10000(Blackhole bh) {
        for (Initiative initiative : initiatives) {
            bh.consume(diagnosis.diagnose(initiative, now));
        }
    }
}

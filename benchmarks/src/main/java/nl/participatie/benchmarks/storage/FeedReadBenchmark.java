package nl.participatie.benchmarks.storage;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.value.StreamId;

/**
 * Reading a whole store back through the global feed (issue 18, target 5): a store of 1,000,000 events (1,000 streams
 * of 1,000, appended through the store in the trial's set-up), read from position 0 with {@code readAll} in pages as a
 * projection or a bus publisher would, each event decoded into its {@link RecordedEvent}. One op is the whole read;
 * events per second are the events divided by its time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Three forks: its rows carry targets of issue 18, judged at the bound of the 99.9 % interval over all forks.
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class FeedReadBenchmark {

    static final int PER_STREAM = 1000;

    @Param({"postgres"})
    public String database;

    @Param({"1000000"})
    public int events;

    @Param({"1000"})
    public int page;

    private BenchDatabase db;
    private JdbcEventStore store;

    @Setup
    public void fill() {
        db = BenchDatabase.open(database);
        store = new JdbcEventStore(db.dataSource());
        List<RecordedEvent<CycleEvent>> template = Templates.recorded(PER_STREAM);
        for (int s = 0; s < events / PER_STREAM; s++) {
            StreamId stream = StreamId.of(Templates.STREAM_TYPE, "feed-" + s);
            store.append(stream, 0, Templates.onStream(template, stream));
        }
        if (readAll(null) != events) {
            throw new IllegalStateException("The feed does not hold the " + events + " events appended");
        }
    }

    @TearDown
    public void close() {
        db.close();
    }

    @Benchmark
    public int readAll(Blackhole bh) {
        long position = 0;
        int read = 0;
        while (true) {
            List<FeedEntry> entries = store.readAll(position, page);
            if (entries.isEmpty()) {
                return read;
            }
            read += entries.size();
            position = entries.get(entries.size() - 1).position();
            if (bh != null) {
                bh.consume(entries);
            }
        }
    }
}

package nl.participatie.benchmarks.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * of 1,000; the first appended through the store in the trial's set-up, the others on PostgreSQL copies of its rows
 * made by one SQL statement), read from position 0 with {@code readAll} in pages as a projection or a bus publisher
 * would, each event decoded into its {@link RecordedEvent}. One op is the whole read;
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
    public void fill() throws SQLException {
        db = BenchDatabase.open(database);
        store = new JdbcEventStore(db.dataSource());
        List<RecordedEvent<CycleEvent>> template = Templates.recorded(PER_STREAM);
        StreamId first = StreamId.of(Templates.STREAM_TYPE, "feed-0");
        store.append(first, 0, Templates.onStream(template, first));
        int streams = events / PER_STREAM;
        if (database.equals("postgres")) {
            // The other streams as copies of the first one's rows in one statement (appending them one by one takes
            // minutes on this machine): the same records under other stream ids (their canonical bytes naming the
            // copy's stream), positions made as an append makes them (this transaction's id times 2^20 plus a place
            // below 2^20). Their hashes are the first stream's, which a read does not check.
            String firstStream = "'\"stream\":\"" + first + "\"'";
            try (Connection c = db.dataSource().getConnection(); Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO participatie_event (stream_type, stream_id, sequence_no, global_position,"
                        + " type_id, event_json, recorded_at, actor_person, actor_role, step, previous_hash, hash,"
                        + " canonical_record)"
                        + " SELECT stream_type, 'feed-' || s, sequence_no,"
                        + " (pg_current_xact_id()::text::bigint << 20) + s * " + PER_STREAM + " + sequence_no,"
                        + " type_id, event_json, recorded_at, actor_person, actor_role, step, previous_hash, hash,"
                        + " convert_to(replace(convert_from(canonical_record, 'UTF8'), " + firstStream + ","
                        + " '\"stream\":\"" + Templates.STREAM_TYPE + "/feed-' || s || '\"'), 'UTF8')"
                        + " FROM participatie_event CROSS JOIN generate_series(1, " + (streams - 1) + ") AS s"
                        + " WHERE stream_id = 'feed-0' ORDER BY s, sequence_no");
                sql.execute("ANALYZE participatie_event");
            }
        } else {
            for (int s = 1; s < streams; s++) {
                StreamId stream = StreamId.of(Templates.STREAM_TYPE, "feed-" + s);
                store.append(stream, 0, Templates.onStream(template, stream));
            }
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

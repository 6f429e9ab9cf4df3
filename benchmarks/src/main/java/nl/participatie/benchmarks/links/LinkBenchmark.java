package nl.participatie.benchmarks.links;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.benchmarks.storage.BenchDatabase;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkTypes;
import nl.participatie.core.link.Reaction;
import nl.participatie.core.link.Reactor;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcReactorPositions;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.MutableClock;

/**
 * Links between streams on the JDBC store. {@code linksTo}/{@code linksFrom}: one lookup in an index of 1,000,000
 * links (rows of {@code participatie_link} written by batch inserts in the trial's set-up, as the engine would write
 * them one per linking record), for a stream with 1 link and one with 10. {@code reactor}: one {@code Reactor.run()}
 * over 100 Buurtschouw ideas and the 100 initiatives started from them (200 feed entries), firing the 100
 * {@code CloseAsInitiative} reactions through the Buurtschouw engine, each recorded, positions saved per entry; events
 * handled per second = 200 / time per op. Databases: {@code h2-mem}, and {@code postgres} with
 * {@code -p database=postgres} when {@code PARTICIPATIE_TEST_PG_URL} is set.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LinkBenchmark {

    static final int LINKS = 1_000_000;
    static final StreamId HOT = StreamId.of(LinkTypes.INITIATIVE, "hot");
    static final StreamId SINGLE = StreamId.of(LinkTypes.INITIATIVE, "t-500000");
    static final StreamId SOURCE = StreamId.of(LinkTypes.REPORT, "r-500000");

    /** A database with 1,000,000 links: 999,990 one to one, and 10 to {@link #HOT}. */
    @State(Scope.Benchmark)
    public static class Index {
        @Param({"h2-mem"})
        public String database;

        BenchDatabase db;
        JdbcEventStore store;

        @Setup(Level.Trial)
        public void fill() throws SQLException {
            db = BenchDatabase.open(database);
            store = new JdbcEventStore(db.dataSource());
            String hash = "a".repeat(64);
            String sql = "INSERT INTO participatie_link (link_type, source_type, source_id, target_type, target_id,"
                    + " recorded_stream_type, recorded_stream_id, recorded_sequence_no, recorded_hash,"
                    + " anchor_stream_type, anchor_stream_id, anchor_sequence_no, anchor_hash)"
                    + " VALUES ('became', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)";
            try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                c.setAutoCommit(false);
                for (int i = 0; i < LINKS; i++) {
                    String target = i < 10 ? "hot" : "t-" + i;
                    ps.setString(1, LinkTypes.REPORT);
                    ps.setString(2, "r-" + i);
                    ps.setString(3, LinkTypes.INITIATIVE);
                    ps.setString(4, target);
                    // Recorded by the target (became), one record per link: the hot target's records 1 to 10.
                    ps.setString(5, LinkTypes.INITIATIVE);
                    ps.setString(6, target);
                    ps.setLong(7, i < 10 ? i + 1 : 1);
                    ps.setString(8, hash);
                    ps.setString(9, LinkTypes.REPORT);
                    ps.setString(10, "r-" + i);
                    ps.setString(11, hash);
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
                // Back to the pool as it came: the test kit's pool refuses a connection left in a transaction mode.
                c.setAutoCommit(true);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            db.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<Link> linksToOfOne(Index index) {
        return index.store.linksTo(SINGLE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<Link> linksToOfTen(Index index) {
        return index.store.linksTo(HOT);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<Link> linksFromOfOne(Index index) {
        return index.store.linksFrom(SOURCE);
    }

    /** Ideas and initiatives started from them, 100 new pairs before each run of the reactor. */
    @State(Scope.Benchmark)
    public static class Reacting {
        static final int PAIRS = 100;

        @Param({"h2-mem"})
        public String database;

        BenchDatabase db;
        Reactor reactor;
        Buurtschouw schouw;
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives;
        int made;

        @Setup(Level.Trial)
        public void open() {
            db = BenchDatabase.open(database);
            JdbcEventStore store = new JdbcEventStore(db.dataSource());
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
            schouw = Buurtschouw.builder().store(store).clock(clock).build();
            initiatives = BurgersAanHetStuur.builder().store(store).clock(clock).build().initiatives();
            reactor = Reactor.builder("bench", store::readAll, store).positions(new JdbcReactorPositions(db.dataSource()))
                    .reaction(Reaction.when(LinkTypes.INITIATIVE, InitiativeEvent.InitiativeStarted.class)
                            .along("became", Reaction.Direction.UPSTREAM)
                            .fire(schouw.reports(), (started, idea) -> Optional.of(new ReportCommand.CloseAsInitiative(started.stream()))))
                    .build();
        }

        @Setup(Level.Invocation)
        public void pairs() {
            for (int i = 0; i < PAIRS; i++) {
                PersonId who = PersonId.of("p-" + (++made));
                StreamId idea = schouw.fileReport(Actor.of(who, BuurtschouwWorkflow.REPORTER), ReportCommand.FileReport.idea(
                        CategoryCode.of("overig", "idee-voor-de-buurt"), "Idee " + made, GeoPoint.of(52.3121, 4.9716), who, null))
                        .orElseThrow().stream();
                initiatives.handle(initiatives.newStream(), Actor.of(who, BurgersAanHetStuurWorkflow.INITIATOR),
                        new InitiativeCommand.StartInitiative("Initiatief " + made, NeighbourhoodCode.parse("BU02000301"),
                                List.of(who), StreamLink.of("became", idea))).orElseThrow();
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            db.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Reactor.Run reactor(Reacting r) {
        Reactor.Run run = r.reactor.run();
        if (run.fired() != Reacting.PAIRS) {
            throw new IllegalStateException("Fired " + run.fired() + " reactions, not " + Reacting.PAIRS + ": " + run.rejected());
        }
        return run;
    }
}

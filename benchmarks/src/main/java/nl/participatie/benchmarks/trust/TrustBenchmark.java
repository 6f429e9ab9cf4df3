package nl.participatie.benchmarks.trust;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;


import org.h2.jdbcx.JdbcConnectionPool;
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

import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportEvent.ReportFiled;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.InMemoryErasureKeys;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * What trust costs (issue 12): sealing a Buurtschouw report's six erasable fields when its event is hashed, against
 * writing them plain; filing a report through the facade on H2 with the erasure keys in the database, in memory, and
 * (for comparison) on the in-memory store, which seals nothing; and taking and verifying a signed checkpoint over
 * 100,000 streams.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrustBenchmark {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    static final PersonId ANNA = PersonId.of("p-4711");
    static final CategoryCode CONTAINER = CategoryCode.of("afval", "container-is-vol");

    /** The hashing of one report-filed event, with its erasable fields sealed or plain. */
    @State(Scope.Thread)
    public static class Hashing {
        @Param({"plain", "sealed"})
        public String fields;
        AuditTrail trail;
        final AtomicLong n = new AtomicLong();

        @Setup
        public void setUp() {
            ParticipatieJson json = ParticipatieJson.defaults();
            trail = new AuditTrail("sealed".equals(fields) ? json.withErasureKeys(new InMemoryErasureKeys()) : json);
        }

        ReportFiled fresh() {
            // New Erasable objects every time: a value once sealed is not sealed again.
            return new ReportFiled(ReportKind.PROBLEM, CONTAINER, Theme.LITTER, Erasable.of(ANNA, "De container bij nummer 12 is vol"),
                    Erasable.of(ANNA, GeoPoint.of(52.3626, 4.9378)), Erasable.of(ANNA, "Javastraat 12"),
                    Erasable.of(ANNA, Postcode.parse("1094 HA")), null,
                    List.of(Erasable.of(ANNA, URI.create("https://foto.example/1.jpg"))), ANNA, null, null, T, T.plusSeconds(86400));
        }
    }

    @Benchmark
    public RecordedEvent<ReportEvent> hashReportFiled(Hashing h) {
        StreamId stream = StreamId.of("buurtschouw.report", "r-" + h.n.incrementAndGet());
        return h.trail.record(stream, null, T, Actor.of(ANNA, BuurtschouwWorkflow.REPORTER), "REPORTED", h.fresh());
    }

    /** Filing reports through the facade, each a new stream. */
    @State(Scope.Benchmark)
    public static class Filing {
        @Param({"memory-store", "h2-keys-in-memory", "h2-keys-in-database"})
        public String store;
        JdbcConnectionPool pool;
        Buurtschouw schouw;

        @Setup(Level.Trial)
        public void setUp() {
            Buurtschouw.Builder builder = Buurtschouw.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).ids(IdGenerator.sequential("r"));
            if ("memory-store".equals(store)) {
                builder.store(new InMemoryEventStore());
            } else {
                pool = JdbcConnectionPool.create("jdbc:h2:mem:trust-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
                pool.setMaxConnections(4);
                SchemaMigration.migrate(pool);
                JdbcEventStore jdbc = new JdbcEventStore(pool);
                builder.store("h2-keys-in-memory".equals(store) ? jdbc.withErasureKeys(new InMemoryErasureKeys()) : jdbc);
            }
            schouw = builder.build();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (pool != null) {
                pool.dispose();
            }
        }
    }

    @Benchmark
    public Object fileReport(Filing f) {
        return f.schouw.fileReport(Actor.of(ANNA, BuurtschouwWorkflow.REPORTER),
                FileReport.problem(CONTAINER, "De container bij nummer 12 is vol", GeoPoint.of(52.3626, 4.9378), ANNA, null)
                        .withAddress("Javastraat 12", Postcode.parse("1094 HA"))).orElseThrow();
    }

    /** A store of 100,000 streams of one event each, and a checkpoint over it. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"100000"})
        public int streams;
        InMemoryEventStore store;
        CheckpointSigner signer;
        KeyPair keys;
        Checkpoints.Taken taken;
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);

        @Setup(Level.Trial)
        public void setUp() {
            store = new InMemoryEventStore();
            AuditTrail trail = new AuditTrail(ParticipatieJson.defaults());
            Actor actor = Actor.of("p-1", Role.of("RESIDENT"));
            for (int i = 0; i < streams; i++) {
                StreamId stream = StreamId.of("bench.cycle", "s-" + i);
                store.append(stream, 0, List.of(trail.record(stream, null, T, actor, "SITUATION",
                        new CycleEvent.SituationDescribed("stream " + i))));
            }
            keys = CheckpointSigner.newEd25519KeyPair();
            signer = CheckpointSigner.ed25519("bench", keys.getPrivate());
            taken = Checkpoints.take(store, signer, clock);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Checkpoints.Taken takeCheckpoint(Store s) {
        return Checkpoints.take(s.store, s.signer, s.clock);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Object verifyCheckpoint(Store s) {
        return Checkpoints.verify(s.store, ParticipatieJson.defaults(), s.taken.checkpoint(), s.taken.heads(), s.keys.getPublic());
    }
}

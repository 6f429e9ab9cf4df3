package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.NoteFormat.Note;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * Issue 10, defect 1, as the vendor ran it: an H2 file database with {@code WRITE_DELAY=0} behind H2's own
 * {@link JdbcConnectionPool}, eight threads sending commands to one stream through one engine, each caller
 * retrying a few times on a conflict. The feed's head must never fall behind the events, and the database must
 * keep taking appends afterwards, on that stream and on a new one.
 */
class H2FileFeedHeadTest {

    private static final int ROUNDS = 3;
    private static final int THREADS = 8;
    private static final int COMMANDS_PER_THREAD = 40;
    private static final int CALLER_RETRIES = 3;

    @Test
    void eight_threads_on_one_stream_never_leave_the_head_behind_and_the_store_keeps_taking_appends(
            @TempDir Path folder) throws Exception {
        // The vendor's URL had LOCK_TIMEOUT=10000. Before appends took their turn in the JVM, the eight writers queued
        // for the feed head's row lock, and on a loaded machine the last of them waited more than 10 s and got H2's
        // lock time-out. Two minutes keeps the test about the head on any machine. This test also found that H2 under
        // that contention let two appends past the row lock now and then (see core/STORAGE.md, "H2 notes").
        String url = "jdbc:h2:file:" + folder.resolve("events").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=120000";
        AtomicInteger conflicts = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            // A new pool per round, as after a restart of the application.
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(THREADS + 2);
            try {
                SchemaMigration.migrate(pool);
                JdbcEventStore jdbc = new JdbcEventStore(pool).withFormat(NoteFormat.INSTANCE);
                EventStore counting = countingConflicts(jdbc, conflicts);
                ProcessEngine<Tally.Count, Note, Long> engine = ProcessEngine.builder(Tally.DEFINITION)
                        .store(counting).format(NoteFormat.INSTANCE).build();
                StreamId tally = StreamId.of(Tally.DEFINITION.streamType(), "one");
                long before = engine.load(tally);
                int accepted = fire(engine, tally, round);

                assertThat(engine.load(tally)).isEqualTo(before + accepted);
                assertHeadAtLastEvent(pool, "after round " + round);
                StreamId fresh = StreamId.of(Tally.DEFINITION.streamType(), "fresh-" + round);
                assertThat(engine.handle(fresh, Actor.of("late", Tally.COUNTER), new Tally.Count("late")).isAccepted())
                        .as("a new stream still accepts appends after round %d", round).isTrue();
                assertHeadAtLastEvent(pool, "after the new stream of round " + round);
                assertThat(engine.verify(tally).valid()).isTrue();
            } finally {
                pool.dispose();
            }
        }
        assertThat(conflicts.get()).as("conflicts that happened (else the test tests nothing)").isPositive();
    }

    /** Fires the commands; a caller retries a conflict a few times, then counts it as given up. */
    private static int fire(ProcessEngine<Tally.Count, Note, Long> engine, StreamId tally, int round) throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    start.await();
                    Actor actor = Actor.of("counter-" + thread, Tally.COUNTER);
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        Tally.Count command = new Tally.Count(round + "-" + thread + "-" + i);
                        for (int attempt = 0; attempt <= CALLER_RETRIES; attempt++) {
                            try {
                                assertThat(engine.handle(tally, actor, command).isAccepted()).isTrue();
                                accepted.incrementAndGet();
                                break;
                            } catch (ConcurrencyConflictException gaveUp) {
                                // the caller tries the whole command again
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return accepted.get();
    }

    private static void assertHeadAtLastEvent(JdbcConnectionPool pool, String when) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            long head = single(s, "SELECT last_position FROM participatie_event_head WHERE id = 1");
            long max = single(s, "SELECT COALESCE(MAX(global_position), 0) FROM participatie_event");
            long count = single(s, "SELECT COUNT(*) FROM participatie_event");
            assertThat(head).as("the feed head %s", when).isEqualTo(max);
            assertThat(max).as("positions without gaps %s", when).isEqualTo(count);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static EventStore countingConflicts(EventStore store, AtomicInteger conflicts) {
        return new EventStore() {
            @Override
            public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
                try {
                    store.append(stream, expectedVersion, events);
                } catch (ConcurrencyConflictException e) {
                    conflicts.incrementAndGet();
                    throw e;
                }
            }

            @Override
            public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
                return store.read(stream, fromSequence);
            }

            @Override
            public long version(StreamId stream) {
                return store.version(stream);
            }
        };
    }
}

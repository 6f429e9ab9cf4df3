package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.NoteFormat.Note;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.store.jdbc.SchemaMissingException;
import nl.participatie.core.store.jdbc.SchemaVersionException;
import nl.participatie.core.store.jdbc.StoreIntegrityException;
import nl.participatie.core.store.jdbc.StoreUnavailableException;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/**
 * The event store contract plus what only the JDBC store promises: the global feed, all-or-nothing appends when
 * the database refuses a row or the connection dies half-way, the schema's migration and checks, clear errors when
 * the database is down, concurrency through the engine, and a killed writer process. Run on H2 and PostgreSQL.
 */
public abstract class JdbcEventStoreContract extends EventStoreContract {

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::newDatabase);

    /** A fresh, empty database (not migrated). */
    protected abstract TestDatabase newDatabase();

    /** Threads of the engine concurrency test. */
    protected abstract int engineThreads();

    /** Commands per thread of the engine concurrency test. */
    protected abstract int engineCommandsPerThread();

    @Override
    protected JdbcEventStore store() {
        return new JdbcEventStore(migrated.get().dataSource()).withFormat(NoteFormat.INSTANCE);
    }

    // ---- the global feed

    @Test
    void the_feed_holds_every_event_of_every_stream_in_commit_order_with_positions_without_gaps() {
        JdbcEventStore store = store();
        assertThat(store.readAll(0, 10)).isEmpty();
        assertThat(store.lastPosition()).isZero();
        StreamId a = stream("fa");
        StreamId b = stream("fb");
        List<RecordedEvent<?>> a1 = notes(a, null, "a1", "a2");
        List<RecordedEvent<?>> b1 = notes(b, null, "b1");
        List<RecordedEvent<?>> a2 = notes(a, last(a1), "a3");
        store.append(a, 0, a1);
        store.append(b, 0, b1);
        store.append(a, 2, a2);

        List<FeedEntry> feed = store.readAll(0, 100);
        assertPositions(store, feed, 4);
        assertThat(feed).extracting(FeedEntry::event)
                .containsExactly(a1.get(0), a1.get(1), b1.get(0), a2.get(0));
        assertThat(store.readAll(feed.get(0).position(), 2)).containsExactly(feed.get(1), feed.get(2));
        assertThat(store.readAll(feed.get(3).position(), 10)).isEmpty();
        assertThat(store.lastPosition()).isEqualTo(feed.get(3).position());
        assertThatThrownBy(() -> store.readAll(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.readAll(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reader_that_polls_while_others_append_sees_every_event_once_and_in_order() throws Exception {
        JdbcEventStore store = store();
        int writers = 4;
        int appendsEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                StreamId s = stream("poll" + w);
                done.add(pool.submit(() -> {
                    RecordedEvent<?> previous = null;
                    for (int i = 0; i < appendsEach; i++) {
                        List<RecordedEvent<?>> batch = notes(s, previous, "e" + i);
                        store.append(s, i, batch);
                        previous = batch.get(0);
                    }
                    return null;
                }));
            }
            Future<List<FeedEntry>> reader = pool.submit(() -> {
                List<FeedEntry> seen = new ArrayList<>();
                long position = 0;
                while (true) {
                    boolean stillWriting = writing.get();
                    List<FeedEntry> page = store.readAll(position, 7);
                    for (FeedEntry e : page) {
                        if (store.feedPositionsConsecutive()) {
                            assertThat(e.position()).isEqualTo(position + 1);
                        } else {
                            assertThat(e.position()).isGreaterThan(position);
                        }
                        seen.add(e);
                        position = e.position();
                    }
                    if (page.isEmpty() && !stillWriting) {
                        return seen;
                    }
                }
            });
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<FeedEntry> seen = reader.get(60, TimeUnit.SECONDS);
            assertThat(seen).hasSize(writers * appendsEach);
            Map<StreamId, Long> lastSequence = new HashMap<>();
            for (FeedEntry e : seen) {
                long before = lastSequence.getOrDefault(e.event().stream(), 0L);
                assertThat(e.event().sequence()).isEqualTo(before + 1);
                lastSequence.put(e.event().stream(), e.event().sequence());
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    // ---- all or nothing

    @Test
    void a_batch_the_database_refuses_half_way_leaves_nothing() {
        JdbcEventStore store = store();
        StreamId s = stream("half");
        List<RecordedEvent<?>> good = notes(s, null, "1", "2");
        RecordedEvent<?> tooLong = NoteFormat.TRAIL.record(s, last(good), T0, ANNA, "S".repeat(201), new Note("3", 3));
        List<RecordedEvent<?>> batch = new ArrayList<>(good);
        batch.add(tooLong);

        assertThatThrownBy(() -> store.append(s, 0, batch))
                .isInstanceOf(StoreIntegrityException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(store.read(s)).isEmpty();
        assertThat(store.readAll(0, 10)).isEmpty();
        assertThat(store.lastPosition()).isZero();

        store.append(s, 0, good);
        assertThat(store.read(s)).containsExactlyElementsOf(good);
        assertPositions(store, store.readAll(0, 10), 2);
    }

    @Test
    void a_connection_that_dies_at_any_point_of_an_append_leaves_all_or_nothing() {
        FailingDataSource failing = new FailingDataSource(migrated.get().unpooled());
        JdbcEventStore store = new JdbcEventStore(failing).withFormat(NoteFormat.INSTANCE);
        StreamId s = stream("dies");
        store.append(s, 0, notes(s, null, "before"));
        RecordedEvent<?> before = store.read(s).get(0);
        List<RecordedEvent<?>> batch = notes(s, before, "1", "2", "3");

        int failures = 0;
        for (int n = 1; n < 50; n++) {
            failing.failAt(n, true);
            try {
                store.append(s, 1, batch);
                assertThat(failing.armed()).as("append succeeded before call %d", n).isTrue();
                break;
            } catch (StoreUnavailableException e) {
                failures++;
                assertThat(e).hasCauseInstanceOf(SQLException.class);
                failing.disarm();
                assertThat(store.version(s)).as("version after failing at call %d", n).isEqualTo(1);
                assertThat(store.readAll(0, 100)).hasSize(1);
                assertThat(failing.lastClosed()).isTrue();
            }
        }
        failing.disarm();
        // Every call the append makes is a point to die at; there are at least the insert and the commit (PostgreSQL
        // inserts a batch in one statement, H2 also takes the head row and reads the highest position first).
        assertThat(failures).as("calls an append makes before it commits").isGreaterThanOrEqualTo(2);
        assertThat(store.read(s)).hasSize(4);
        assertThat(NoteFormat.TRAIL.verify(store.read(s)).valid()).isTrue();
        assertPositions(store, store.readAll(0, 100), 4);
    }

    @Test
    void a_statement_that_fails_half_way_rolls_back_and_gives_the_connection_back_as_it_was() {
        FailingDataSource failing = new FailingDataSource(migrated.get().unpooled());
        JdbcEventStore store = new JdbcEventStore(failing).withFormat(NoteFormat.INSTANCE);
        StreamId s = stream("rollback");
        store.version(s);
        List<RecordedEvent<?>> batch = notes(s, null, "1", "2", "3");
        for (int n = 1; n < 50; n++) {
            failing.failAt(n, false);
            try {
                store.append(s, 0, batch);
                break;
            } catch (StoreException e) {
                failing.disarm();
                assertThat(e).hasCauseInstanceOf(SQLException.class);
                assertThat(failing.lastClosed()).isTrue();
                assertThat(failing.lastAutoCommitAtClose()).as("autocommit restored after failing at call %d", n).isTrue();
                assertThat(store.version(s)).isZero();
                assertThat(store.lastPosition()).isZero();
            }
        }
        failing.disarm();
        assertThat(store.read(s)).containsExactlyElementsOf(batch);
        assertThat(failing.lastAutoCommitAtClose()).isTrue();
    }

    @Test
    void refuses_a_time_finer_than_a_microsecond_which_would_break_the_hash() {
        StreamId s = stream("nanos");
        RecordedEvent<?> fine = notes(s, null, "x").get(0);
        RecordedEvent<?> tooFine = new RecordedEvent<>(s, 1, Instant.parse("2026-01-05T09:00:00.123456789Z"),
                fine.actor(), fine.step(), fine.event(), fine.previousHash(), fine.hash());
        assertThatThrownBy(() -> store().append(s, 0, List.of(tooFine))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_nul_character_is_stored_or_refused_whole_never_damaged() {
        JdbcEventStore store = store();
        StreamId s = stream("nul");
        List<RecordedEvent<?>> batch = notes(s, null, "fine", "with \u0000 nul");
        try {
            store.append(s, 0, batch);
            assertThat(store.read(s)).containsExactlyElementsOf(batch);
        } catch (StoreIntegrityException refused) {
            assertThat(store.read(s)).isEmpty();
        }
    }

    @Test
    void an_event_that_can_no_longer_be_read_is_an_integrity_error_not_a_gap() throws SQLException {
        JdbcEventStore store = store();
        StreamId s = stream("unreadable");
        store.append(s, 0, notes(s, null, "1", "2"));
        execute("UPDATE participatie_event SET type_id = 'storetest.removed.v1' WHERE sequence_no = 2");
        assertThatThrownBy(() -> store.read(s))
                .isInstanceOf(StoreIntegrityException.class)
                .hasMessageContaining("#2")
                .hasMessageContaining("storetest.removed.v1");
        assertThatThrownBy(() -> store.readAll(0, 10)).isInstanceOf(StoreIntegrityException.class);
    }

    @Test
    void an_append_of_more_events_than_one_insert_statement_holds_lands_whole_in_order_and_only_after_its_predecessor() {
        JdbcEventStore store = store();
        StreamId s = stream("large");
        store.append(s, 0, notes(s, null, "first"));
        RecordedEvent<?> first = store.read(s).get(0);
        // PostgreSQL inserts a batch in statements of up to 1,000 rows: 2,500 events are three of them.
        List<RecordedEvent<?>> batch = notes(s, first,
                LongStream.rangeClosed(2, 2_501).mapToObj(n -> "n" + n).toArray(String[]::new));

        assertThatThrownBy(() -> store.append(s, 2, notes(s, batch.get(0), "ahead", "further")))
                .as("an append ahead of the stream inserts nothing").isInstanceOf(ConcurrencyConflictException.class);
        store.append(s, 1, batch);
        assertThatThrownBy(() -> store.append(s, 1, batch))
                .as("the same batch again").isInstanceOf(ConcurrencyConflictException.class);

        List<RecordedEvent<?>> read = store.read(s);
        assertThat(read).hasSize(2_501);
        assertThat(read.subList(1, 2_501)).containsExactlyElementsOf(batch);
        assertThat(NoteFormat.TRAIL.verify(read).valid()).isTrue();
        List<FeedEntry> feed = store.readAll(0, 3_000);
        assertPositions(store, feed, 2_501);
        assertThat(feed).extracting(e -> e.event().sequence())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2_501).boxed().toList());
    }

    // ---- the feed head

    @Test
    void a_feed_head_set_back_by_hand_is_repaired_by_the_next_append_which_is_not_a_conflict() throws SQLException {
        JdbcEventStore store = store();
        StreamId a = stream("behind");
        List<RecordedEvent<?>> first = notes(a, null, "1", "2", "3");
        store.append(a, 0, first);
        execute("UPDATE participatie_event_head SET last_position = 1 WHERE id = 1");

        StreamId b = stream("new-after-setback");
        store.append(b, 0, notes(b, null, "x"));
        store.append(a, 3, notes(a, last(first), "4"));

        List<FeedEntry> feed = store.readAll(0, 100);
        assertPositions(store, feed, 5);
        // H2 repairs the row; PostgreSQL no longer uses it (schema version 4), so the row set back changes nothing.
        assertThat(count("SELECT last_position FROM participatie_event_head WHERE id = 1"))
                .isEqualTo(store.feedPositionsConsecutive() ? 5 : 1);
        assertThat(store.lastPosition()).isEqualTo(feed.get(4).position());
        assertThat(store.read(a)).hasSize(4);
    }

    @Test
    void a_stale_append_is_still_a_conflict_with_the_version_found() {
        JdbcEventStore store = store();
        StreamId s = stream("stale");
        List<RecordedEvent<?>> first = notes(s, null, "1", "2");
        store.append(s, 0, first);
        assertThatThrownBy(() -> store.append(s, 1, notes(s, first.get(0), "other")))
                .isInstanceOf(ConcurrencyConflictException.class)
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(2));
        List<FeedEntry> feed = store.readAll(0, 100);
        assertPositions(store, feed, 2);
        assertThat(store.lastPosition()).isEqualTo(feed.get(1).position());
    }

    // ---- verifying what is stored

    @Test
    void verify_names_a_stored_record_that_can_no_longer_be_read_instead_of_throwing() throws SQLException {
        ProcessEngine<Tally.Count, Note, Long> engine = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).build();
        StreamId tally = StreamId.of(Tally.DEFINITION.streamType(), "damaged");
        Actor counter = Actor.of("counter", Tally.COUNTER);
        for (int i = 0; i < 3; i++) {
            engine.handle(tally, counter, new Tally.Count("c" + i)).orElseThrow();
        }
        assertThat(engine.verify(tally).valid()).isTrue();
        // PostgreSQL keeps jsonb and refuses text that is not JSON at all; JSON the event type cannot read will do there.
        String unreadable = migrated.get().kind().equals("H2") ? "'{not json'" : "'{\"unexpected\": true}'";
        execute("UPDATE participatie_event SET event_json = " + unreadable + " WHERE stream_id = 'damaged' AND sequence_no = 2");

        var verification = engine.verify(tally);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(2);
        assertThat(verification.reason()).contains(tally + "#2").contains("cannot be read");
    }

    @Test
    void verify_reads_the_stored_rows_not_the_state_cache() throws SQLException {
        ProcessEngine<Tally.Count, Note, Long> engine = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).cacheStates(100).build();
        StreamId tally = StreamId.of(Tally.DEFINITION.streamType(), "cached");
        Actor counter = Actor.of("counter", Tally.COUNTER);
        for (int i = 0; i < 3; i++) {
            engine.handle(tally, counter, new Tally.Count("c" + i)).orElseThrow();
        }
        assertThat(engine.history(tally)).hasSize(3);
        execute("UPDATE participatie_event SET event_json = '{\"@type\": \"storetest.note.v1\", \"number\": 1,"
                + " \"text\": \"forged\"}' WHERE stream_id = 'cached' AND sequence_no = 1");

        var verification = engine.verify(tally);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(1);
    }

    // ---- schema

    @Test
    void migrating_again_changes_nothing_and_keeps_the_data() throws SQLException {
        JdbcEventStore store = store();
        StreamId s = stream("kept");
        store.append(s, 0, notes(s, null, "1"));
        assertThat(SchemaMigration.migrate(migrated.get().dataSource())).isEqualTo(SchemaMigration.LATEST_VERSION);
        assertThat(SchemaMigration.migrate(migrated.get().dataSource())).isEqualTo(SchemaMigration.LATEST_VERSION);
        assertThat(SchemaMigration.version(migrated.get().dataSource())).isEqualTo(SchemaMigration.LATEST_VERSION);
        assertThat(count("SELECT COUNT(*) FROM participatie_schema_version")).isEqualTo(SchemaMigration.LATEST_VERSION);
        assertThat(store.read(s)).hasSize(1);
        assertPositions(store, store.readAll(0, 10), 1);
        assertThat(store.lastPosition()).isEqualTo(store.readAll(0, 10).get(0).position());
    }

    @Test
    void nodes_that_migrate_at_the_same_time_all_succeed() throws Exception {
        try (TestDatabase fresh = newDatabase()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return SchemaMigration.migrate(fresh.dataSource());
                    }));
                }
                start.countDown();
                for (Future<Integer> r : results) {
                    assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(SchemaMigration.LATEST_VERSION);
                }
            } finally {
                pool.shutdownNow();
            }
            JdbcEventStore store = new JdbcEventStore(fresh.dataSource()).withFormat(NoteFormat.INSTANCE);
            store.append(stream("m"), 0, notes(stream("m"), null, "1"));
            assertThat(store.readAll(0, 10)).hasSize(1);
        }
    }

    @Test
    void a_database_without_the_schema_is_reported_as_such() {
        try (TestDatabase fresh = newDatabase()) {
            assertThat(SchemaMigration.version(fresh.dataSource())).isZero();
            JdbcEventStore store = new JdbcEventStore(fresh.dataSource()).withFormat(NoteFormat.INSTANCE);
            assertThatThrownBy(() -> store.read(stream("x")))
                    .isInstanceOf(SchemaMissingException.class)
                    .hasMessageContaining("SchemaMigration.migrate")
                    .hasCauseInstanceOf(SQLException.class);
            assertThatThrownBy(() -> store.append(stream("x"), 0, notes(stream("x"), null, "1")))
                    .isInstanceOf(SchemaMissingException.class);
        }
    }

    @Test
    void a_schema_newer_than_the_library_is_refused_by_migrate_and_by_the_store() throws SQLException {
        execute("INSERT INTO participatie_schema_version (version, description, installed_at)"
                + " VALUES (" + (SchemaMigration.LATEST_VERSION + 1) + ", 'from the future', CURRENT_TIMESTAMP)");
        assertThatThrownBy(() -> SchemaMigration.migrate(migrated.get().dataSource()))
                .isInstanceOf(SchemaVersionException.class)
                .satisfies(e -> {
                    SchemaVersionException v = (SchemaVersionException) e;
                    assertThat(v.isDatabaseNewer()).isTrue();
                    assertThat(v.found()).isEqualTo(SchemaMigration.LATEST_VERSION + 1);
                    assertThat(v.known()).isEqualTo(SchemaMigration.LATEST_VERSION);
                });
        assertThatThrownBy(() -> store().version(stream("x")))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("upgrade the library");
        assertThat(count("SELECT COUNT(*) FROM participatie_schema_version")).isEqualTo(SchemaMigration.LATEST_VERSION + 1);
    }

    @Test
    void the_sql_files_are_where_the_documentation_says() {
        String location = SchemaMigration.scriptLocation(migrated.get().dataSource());
        assertThat(location).isEqualTo("classpath:nl/participatie/core/store/jdbc/" + migrated.get().kind().toLowerCase());
        assertThat(getClass().getClassLoader().getResource(location.substring("classpath:".length())
                + "/V1__event_store_and_personal_data.sql")).isNotNull();
    }

    // ---- the database is down

    @Test
    void a_database_that_cannot_be_reached_gives_store_unavailable_with_the_cause() {
        DataSource down = migrated.get().unreachable();
        JdbcEventStore store = new JdbcEventStore(down).withFormat(NoteFormat.INSTANCE);
        StreamId s = stream("down");
        assertThatThrownBy(() -> store.read(s))
                .isInstanceOf(StoreUnavailableException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> store.append(s, 0, notes(s, null, "1")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> SchemaMigration.migrate(down)).isInstanceOf(StoreUnavailableException.class);
    }

    // ---- concurrency through the engine

    @Test
    void many_threads_firing_commands_on_one_stream_through_the_engine_lose_and_duplicate_nothing() throws Exception {
        // Without a cache the engine reads and folds the whole history for every command: with thousands of events
        // on one stream that is what the state cache is for.
        Fired fired = fireConcurrently(store(), engineThreads(), engineCommandsPerThread(),
                b -> b.maxAttempts(1_000).cacheStates(10));
        assertThat(fired.conflicts()).as("conflicts that were retried (else this tests no concurrency)").isPositive();
    }

    @Test
    void without_a_read_cache_too_and_with_few_retries_every_conflict_is_retried_or_reported() throws Exception {
        fireConcurrently(store(), 4, 40, b -> b.maxAttempts(3));
    }

    @Test
    void eight_threads_on_one_stream_with_the_engine_defaults_all_succeed_after_retrying_conflicts() throws Exception {
        Fired fired = fireConcurrently(store(), 8, 50, b -> b);
        assertThat(fired.conflicts()).as("conflicts that were retried (else this tests nothing)").isPositive();
        assertThat(fired.reported()).as("commands that gave up with a conflict").isZero();
        assertThat(fired.accepted()).isEqualTo(400);
    }

    @Test
    void with_a_single_attempt_conflicts_reach_the_caller() throws Exception {
        Fired fired = fireConcurrently(store(), 8, 50, b -> b.maxAttempts(1));
        assertThat(fired.reported()).as("conflicts that reached the caller").isPositive();
        assertThat(fired.conflicts()).isEqualTo(fired.reported());
    }

    /** What a concurrency run through the engine did. */
    private record Fired(int accepted, int reported, int conflicts) {
    }

    private Fired fireConcurrently(JdbcEventStore store, int threads, int each,
                                   UnaryOperator<ProcessEngine.Builder<Tally.Count, Note, Long>> configure)
            throws Exception {
        AtomicInteger conflicts = new AtomicInteger();
        EventStore counting = new EventStore() {
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
        ProcessEngine<Tally.Count, Note, Long> engine = configure.apply(ProcessEngine.builder(Tally.DEFINITION)
                .store(counting).format(NoteFormat.INSTANCE)).build();
        StreamId tally = StreamId.of(Tally.DEFINITION.streamType(), "one");
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        Set<String> acceptedCommands = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    Actor actor = Actor.of("counter-" + thread, Tally.COUNTER);
                    for (int i = 0; i < each; i++) {
                        String command = thread + "-" + i;
                        try {
                            Outcome<Note, Long> outcome = engine.handle(tally, actor, new Tally.Count(command));
                            assertThat(outcome.isAccepted()).isTrue();
                            accepted.incrementAndGet();
                            acceptedCommands.add(command);
                        } catch (ConcurrencyConflictException gaveUp) {
                            reported.incrementAndGet();
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
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d threads x %d commands on one stream through the engine: %d accepted,"
                        + " %d given up, %d conflicts retried or reported, %.1f s, %.0f commands/s%n", migrated.get().kind(),
                threads, each, accepted.get(), reported.get(), conflicts.get(), seconds,
                accepted.get() / seconds);

        assertThat(accepted.get() + reported.get()).isEqualTo(threads * each);
        List<RecordedEvent<Note>> history = engine.history(tally);
        assertThat(history).hasSize(accepted.get());
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            RecordedEvent<Note> r = history.get(i);
            assertThat(r.sequence()).isEqualTo(i + 1L);
            assertThat(r.event().number()).as("decided on the state before it").isEqualTo(i + 1L);
            assertThat(recorded.add(r.event().text())).as("recorded once: %s", r.event().text()).isTrue();
        }
        assertThat(recorded).isEqualTo(acceptedCommands);
        assertThat(engine.verify(tally).valid()).isTrue();
        assertThat(engine.load(tally)).isEqualTo((long) accepted.get());
        assertPositions(store, store.readAll(0, Integer.MAX_VALUE), accepted.get());
        return new Fired(accepted.get(), reported.get(), conflicts.get());
    }

    @Test
    void the_sample_process_through_the_engine_with_the_library_json_on_this_database() throws Exception {
        MutableClock clock = MutableClock.startingMonday();
        JdbcEventStore store = new JdbcEventStore(migrated.get().dataSource());
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .store(store).clock(clock).maxAttempts(100).build();
        StreamId petition = engine.newStream();
        Actor resident = Actor.of("anna", Petitions.RESIDENT);
        engine.handle(petition, resident, new PetitionCommand.Draft("Meer bankjes in het park — \"graag\" 🌳"))
                .orElseThrow();
        engine.handle(petition, resident, new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(14))))
                .orElseThrow();
        int threads = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        PersonId supporter = PersonId.of("supporter-" + thread + "-" + i);
                        engine.handle(petition, Actor.of(supporter, Petitions.RESIDENT),
                                new PetitionCommand.Support(supporter)).orElseThrow();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        engine.handle(petition, Actor.of("officer", Petitions.OFFICER), new PetitionCommand.Decide(true, "Toegekend."))
                .orElseThrow();

        List<RecordedEvent<PetitionEvent>> history = engine.history(petition);
        assertThat(history).hasSize(3 + threads * each);
        assertThat(engine.verify(petition).valid()).isTrue();
        assertThat(engine.load(petition).supporters()).hasSize(threads * each).doesNotHaveDuplicates();
        for (int i = 0; i < threads * each; i++) {
            assertThat(((PetitionEvent.Supported) history.get(2 + i).event()).count()).isEqualTo(i + 1);
        }
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> otherNode = ProcessEngine.builder(Petitions.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).cacheStates(1_000).clock(clock).build();
        assertThat(otherNode.history(petition)).containsExactlyElementsOf(history);
        assertThat(otherNode.load(petition)).isEqualTo(engine.load(petition));
    }

    // ---- the engine's state cache with several engines on one database

    @Test
    void engines_with_a_state_cache_fold_in_what_another_engine_appended_and_never_decide_on_a_stale_version() {
        ProcessEngine<Tally.Count, Note, Long> nodeA = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).cacheStates(3).build();
        ProcessEngine<Tally.Count, Note, Long> nodeB = ProcessEngine.builder(Tally.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).format(NoteFormat.INSTANCE).cacheStates(3).build();
        ProcessEngine<Tally.Count, Note, Long> uncached = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).build();
        Actor counter = Actor.of("counter", Tally.COUNTER);
        Random random = new Random(7);
        Set<StreamId> used = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            // Five streams and room for three: streams leave the caches and come back.
            StreamId s = StreamId.of(Tally.DEFINITION.streamType(), "cache" + random.nextInt(5));
            used.add(s);
            ProcessEngine<Tally.Count, Note, Long> node = random.nextBoolean() ? nodeA : nodeB;
            Outcome.Accepted<Note, Long> accepted = node.handle(s, counter, new Tally.Count("c" + i)).orElseThrow();
            // A decision on a cached state the other node had moved past would number its note wrongly.
            assertThat(accepted.events().get(0).event().number()).isEqualTo(accepted.events().get(0).sequence());
            assertThat(accepted.state()).isEqualTo(uncached.load(s));
            assertThat(nodeA.load(s)).isEqualTo(uncached.load(s));
            assertThat(nodeB.load(s)).isEqualTo(uncached.load(s));
        }
        for (StreamId s : used) {
            assertThat(uncached.verify(s).valid()).isTrue();
        }
    }

    @Test
    void engines_with_warm_state_caches_writing_the_same_streams_at_once_lose_no_update() throws Exception {
        // Three nodes, each its own store on the one database and its own cache (on by default), six writers, three
        // streams: every writer goes through every node in turn, so each node's cached states fall behind the others'.
        List<ProcessEngine<Tally.Count, Note, Long>> nodes = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            nodes.add(ProcessEngine.builder(Tally.DEFINITION).store(store()).format(NoteFormat.INSTANCE)
                    .maxAttempts(10_000).retryDelays(Duration.ofNanos(100_000), Duration.ofMillis(5)).build());
        }
        Actor counter = Actor.of("counter", Tally.COUNTER);
        List<StreamId> streams = List.of(StreamId.of(Tally.DEFINITION.streamType(), "busy0"),
                StreamId.of(Tally.DEFINITION.streamType(), "busy1"), StreamId.of(Tally.DEFINITION.streamType(), "busy2"));
        Map<StreamId, AtomicInteger> accepted = new ConcurrentHashMap<>();
        streams.forEach(s -> accepted.put(s, new AtomicInteger()));
        int writers = 6;
        int commandsEach = 30;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < commandsEach; i++) {
                        StreamId s = streams.get((writer + i) % streams.size());
                        Outcome.Accepted<Note, Long> outcome = nodes.get((writer + i) % nodes.size())
                                .handle(s, counter, new Tally.Count("w" + writer + "-" + i)).orElseThrow();
                        RecordedEvent<Note> recorded = outcome.events().get(0);
                        // Decided on the state at the version it was appended at: note n at sequence n, state n.
                        assertThat(recorded.event().number()).isEqualTo(recorded.sequence());
                        assertThat(outcome.state()).isEqualTo(recorded.sequence());
                        accepted.get(s).incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        ProcessEngine<Tally.Count, Note, Long> uncached = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).cacheStates(0).build();
        assertThat(accepted.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(writers * commandsEach);
        for (StreamId s : streams) {
            long count = accepted.get(s).get();
            // No lost update: every accepted command is in the stream, once, in order.
            assertThat(uncached.load(s)).isEqualTo(count);
            assertThat(uncached.history(s)).extracting(r -> r.event().number())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(uncached.verify(s).valid()).isTrue();
            for (ProcessEngine<Tally.Count, Note, Long> node : nodes) {
                assertThat(node.load(s)).isEqualTo(count);
            }
        }
    }

    @Test
    void an_engine_with_a_state_cache_decides_again_on_a_stream_the_database_no_longer_continues() throws SQLException {
        ProcessEngine<Tally.Count, Note, Long> cached = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).cacheStates(100).retryDelays(Duration.ZERO, Duration.ZERO).build();
        ProcessEngine<Tally.Count, Note, Long> otherNode = ProcessEngine.builder(Tally.DEFINITION)
                .store(store()).format(NoteFormat.INSTANCE).build();
        Actor counter = Actor.of("counter", Tally.COUNTER);
        StreamId s = StreamId.of(Tally.DEFINITION.streamType(), "restored");
        StreamId behind = StreamId.of(Tally.DEFINITION.streamType(), "behind");
        for (int i = 0; i < 3; i++) {
            cached.handle(s, counter, new Tally.Count("old" + i)).orElseThrow();
            cached.handle(behind, counter, new Tally.Count("old" + i)).orElseThrow();
        }
        assertThat(cached.load(s)).isEqualTo(3L);
        // As if a backup from before these events was restored, and another node then wrote other events.
        execute("DELETE FROM participatie_event");
        for (int i = 0; i < 4; i++) {
            otherNode.handle(s, counter, new Tally.Count("new" + i)).orElseThrow();
        }
        otherNode.handle(behind, counter, new Tally.Count("new")).orElseThrow();

        // Longer than cached, but not the cached chain: folded from the start.
        assertThat(cached.load(s)).isEqualTo(4L);
        assertThat(cached.handle(s, counter, new Tally.Count("next")).orElseThrow().state()).isEqualTo(5L);
        // Shorter than cached: the append's version check refuses the stale decision, and the retry reads afresh.
        assertThat(cached.handle(behind, counter, new Tally.Count("next")).orElseThrow().state()).isEqualTo(2L);
        assertThat(otherNode.verify(s).valid()).isTrue();
        assertThat(otherNode.verify(behind).valid()).isTrue();
    }

    @Test
    void a_store_given_one_format_refuses_another_so_store_and_engine_cannot_disagree() {
        JdbcEventStore store = store();
        assertThat(store.withFormat(NoteFormat.INSTANCE)).isSameAs(store);
        assertThatThrownBy(() -> ProcessEngine.builder(Tally.DEFINITION).store(store).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("format");
        ProcessEngine<Tally.Count, Note, Long> engine = ProcessEngine.builder(Tally.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).format(NoteFormat.INSTANCE).build();
        assertThat(((JdbcEventStore) engine.store()).format()).isSameAs(NoteFormat.INSTANCE);
    }

    // ---- a writer process killed with SIGKILL

    @Test
    void after_a_writer_process_is_killed_every_stream_is_whole_and_verifies(@TempDir Path folder) throws Exception {
        try (TestDatabase target = crashDatabase(folder)) {
            Set<String> committed = new HashSet<>();
            for (int round = 0; round < 2; round++) {
                committed.addAll(runAndKill(target, 40 - 10 * round));
            }
            DataSource dataSource = target.dataSource();
            SchemaMigration.migrate(dataSource);
            JdbcEventStore store = new JdbcEventStore(dataSource).withFormat(NoteFormat.INSTANCE);
            Map<String, Set<String>> batches = new HashMap<>();
            long total = 0;
            for (int i = 0; i < 5; i++) {
                List<RecordedEvent<?>> history = store.read(stream("crash" + i));
                assertThat(NoteFormat.TRAIL.verify(history).valid()).as("chain of crash%d", i).isTrue();
                total += history.size();
                for (RecordedEvent<?> r : history) {
                    String[] parts = ((Note) r.event()).text().split(" ");
                    batches.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
                }
            }
            batches.forEach((batch, parts) -> {
                int size = Integer.parseInt(parts.iterator().next().split("/")[1]);
                assertThat(parts).as("batch %s is whole", batch).hasSize(size);
            });
            assertThat(batches.keySet()).as("every append the writer saw commit survived").containsAll(committed);
            assertPositions(store, store.readAll(0, Integer.MAX_VALUE), (int) total);
        }
    }

    /** The database the crash test's child process writes to; the same database kind as the rest. */
    protected abstract TestDatabase crashDatabase(Path folder);

    private static Set<String> runAndKill(TestDatabase target, int killAfter) throws Exception {
        List<String> command = TestDatabase.childJvm(CrashingAppender.class, List.of(target.connectArguments()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Set<String> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while (committed.size() < killAfter && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add(line.substring("committed ".length()));
                }
            }
            assertThat(committed).as("appends before the kill (child alive: %s)", child.isAlive()).hasSize(killAfter);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        return committed;
    }

    /**
     * The feed holds {@code count} entries in increasing positions: 1 to {@code count} where positions are consecutive
     * (H2), otherwise each above the one before (PostgreSQL, where a position is made from the appending transaction's
     * id). Either way no entry is there twice.
     */
    protected static void assertPositions(JdbcEventStore store, List<FeedEntry> feed, int count) {
        assertThat(feed).hasSize(count);
        if (store.feedPositionsConsecutive()) {
            assertThat(feed).extracting(FeedEntry::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        } else {
            for (int i = 1; i < feed.size(); i++) {
                assertThat(feed.get(i).position()).as("position %d", i + 1).isGreaterThan(feed.get(i - 1).position());
            }
            assertThat(feed).allSatisfy(e -> assertThat(e.position()).isPositive());
        }
    }

    @Test
    void feed_positions_are_consecutive_exactly_where_appends_take_the_head_row() {
        assertThat(store().feedPositionsConsecutive()).isEqualTo(positionsConsecutive());
    }

    /** Whether this database's feed positions are consecutive (H2) or made from transaction ids (PostgreSQL). */
    protected abstract boolean positionsConsecutive();

    protected void execute(String sql) throws SQLException {
        try (Connection c = migrated.get().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    protected long count(String sql) throws SQLException {
        try (Connection c = migrated.get().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

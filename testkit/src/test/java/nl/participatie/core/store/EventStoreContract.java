package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * What every {@link EventStore} must do, run against the in-memory store, H2 and PostgreSQL. A subclass gives a
 * fresh, empty store per test.
 */
public abstract class EventStoreContract {

    protected static final Actor ANNA = Actor.of("anna", Role.of("RESIDENT"));
    protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123456Z");

    /** A new, empty store. */
    protected abstract EventStore store();

    protected static StreamId stream(String id) {
        return StreamId.of("storetest.notebook", id);
    }

    protected static List<RecordedEvent<?>> notes(StreamId stream, RecordedEvent<?> previous, String... texts) {
        return NoteFormat.batch(stream, previous, T0, ANNA, texts);
    }

    protected static RecordedEvent<?> last(List<RecordedEvent<?>> events) {
        return events.get(events.size() - 1);
    }

    @Test
    void an_unknown_stream_is_empty_at_version_0() {
        EventStore store = store();
        assertThat(store.read(stream("none"))).isEmpty();
        assertThat(store.read(stream("none"), 5)).isEmpty();
        assertThat(store.version(stream("none"))).isZero();
    }

    @Test
    void reads_back_exactly_what_was_appended_in_order_and_the_chain_verifies() {
        EventStore store = store();
        StreamId s = stream("a");
        List<RecordedEvent<?>> first = notes(s, null, "één", "twee \"quoted\" \\ back\nslash", "drie 🌷 ü ß 中");
        store.append(s, 0, first);
        List<RecordedEvent<?>> second = notes(s, last(first), "vier");
        store.append(s, 3, second);

        List<RecordedEvent<?>> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(store.read(s)).containsExactlyElementsOf(all);
        assertThat(store.version(s)).isEqualTo(4);
        assertThat(NoteFormat.TRAIL.verify(store.read(s)).valid()).isTrue();
    }

    @Test
    void reads_a_stream_from_a_sequence_on() {
        EventStore store = store();
        StreamId s = stream("b");
        List<RecordedEvent<?>> events = notes(s, null, "1", "2", "3", "4");
        store.append(s, 0, events);
        assertThat(store.read(s, 3)).containsExactlyElementsOf(events.subList(2, 4));
        assertThat(store.read(s, 1)).containsExactlyElementsOf(events);
        assertThat(store.read(s, 0)).containsExactlyElementsOf(events);
        assertThat(store.read(s, 5)).isEmpty();
    }

    @Test
    void keeps_the_time_to_the_microsecond() {
        EventStore store = store();
        StreamId s = stream("time");
        Instant at = Instant.parse("2026-03-29T01:59:59.999999Z");
        List<RecordedEvent<?>> events = NoteFormat.batch(s, null, at, ANNA, "x");
        store.append(s, 0, events);
        assertThat(store.read(s).get(0).recordedAt()).isEqualTo(at);
    }

    @Test
    void an_append_at_a_stale_version_is_a_conflict_and_adds_nothing() {
        EventStore store = store();
        StreamId s = stream("c");
        List<RecordedEvent<?>> first = notes(s, null, "1", "2");
        store.append(s, 0, first);
        List<RecordedEvent<?>> racing = notes(s, null, "other");

        assertThatThrownBy(() -> store.append(s, 0, racing))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).expectedVersion()).isZero());
        assertThat(store.read(s)).containsExactlyElementsOf(first);
    }

    @Test
    void an_append_beyond_the_version_is_a_conflict_and_leaves_no_gap() {
        EventStore store = store();
        StreamId s = stream("d");
        List<RecordedEvent<?>> first = notes(s, null, "1", "2", "3");
        store.append(s, 0, first.subList(0, 1));
        assertThatThrownBy(() -> store.append(s, 2, first.subList(2, 3)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(store.version(s)).isEqualTo(1);
    }

    @Test
    void refuses_a_batch_that_does_not_follow_the_expected_version() {
        EventStore store = store();
        StreamId s = stream("e");
        List<RecordedEvent<?>> events = notes(s, null, "1", "2", "3");
        assertThatThrownBy(() -> store.append(s, 0, List.of(events.get(0), events.get(2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(stream("other"), 0, events))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.version(s)).isZero();
        assertThat(store.version(stream("other"))).isZero();
    }

    @Test
    void an_empty_batch_changes_nothing_but_still_checks_the_version() {
        EventStore store = store();
        StreamId s = stream("f");
        store.append(s, 0, List.of());
        store.append(s, 0, notes(s, null, "1"));
        store.append(s, 1, List.of());
        assertThatThrownBy(() -> store.append(s, 0, List.of())).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(store.version(s)).isEqualTo(1);
    }

    @Test
    void streams_are_apart_also_with_the_same_local_id_in_another_type() {
        EventStore store = store();
        StreamId notebook = stream("same");
        StreamId diary = StreamId.of("storetest.diary", "same");
        store.append(notebook, 0, notes(notebook, null, "n1", "n2"));
        store.append(diary, 0, notes(diary, null, "d1"));
        assertThat(store.version(notebook)).isEqualTo(2);
        assertThat(store.version(diary)).isEqualTo(1);
        assertThat(store.read(diary)).allSatisfy(e -> assertThat(e.stream()).isEqualTo(diary));
    }

    @Test
    void many_random_batches_on_many_streams_read_back_unchanged() {
        EventStore store = store();
        Random random = new Random(20260105);
        Map<StreamId, List<RecordedEvent<?>>> expected = new HashMap<>();
        String alphabet = "abcxyz ÄÖÜéèç€🌷中文\"\\/\t\n{}[]:,";
        for (int i = 0; i < 60; i++) {
            StreamId s = stream("r" + random.nextInt(6));
            List<RecordedEvent<?>> history = expected.computeIfAbsent(s, k -> new ArrayList<>());
            String[] texts = new String[1 + random.nextInt(4)];
            for (int t = 0; t < texts.length; t++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                for (int c = 0; c < length; c++) {
                    text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                texts[t] = text.toString();
            }
            Instant at = T0.plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
            List<RecordedEvent<?>> batch = NoteFormat.batch(s, history.isEmpty() ? null : last(history), at, ANNA, texts);
            store.append(s, history.size(), batch);
            history.addAll(batch);
        }
        expected.forEach((s, history) -> {
            assertThat(store.read(s)).containsExactlyElementsOf(history);
            assertThat(store.version(s)).isEqualTo(history.size());
            assertThat(NoteFormat.TRAIL.verify(store.read(s)).valid()).isTrue();
        });
    }

    @Test
    void of_concurrent_appends_at_the_same_version_exactly_one_wins() throws Exception {
        EventStore store = store();
        StreamId s = stream("race");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            RecordedEvent<?> previous = null;
            for (int round = 0; round < 15; round++) {
                long version = round;
                RecordedEvent<?> before = previous;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RecordedEvent<?>>> tries = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String text = "round " + round + " thread " + t;
                    Callable<RecordedEvent<?>> attempt = () -> {
                        List<RecordedEvent<?>> batch = notes(s, before, text);
                        start.await();
                        try {
                            store.append(s, version, batch);
                            return batch.get(0);
                        } catch (ConcurrencyConflictException lost) {
                            return null;
                        }
                    };
                    tries.add(pool.submit(attempt));
                }
                start.countDown();
                List<RecordedEvent<?>> winners = new ArrayList<>();
                for (Future<RecordedEvent<?>> f : tries) {
                    RecordedEvent<?> won = f.get(30, TimeUnit.SECONDS);
                    if (won != null) {
                        winners.add(won);
                    }
                }
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(store.read(s, round + 1)).containsExactly(winners.get(0));
                previous = winners.get(0);
            }
            assertThat(NoteFormat.TRAIL.verify(store.read(s)).valid()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}

package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.value.StreamId;

/**
 * The feed on PostgreSQL, where appends to different streams do not wait for each other (schema version 4): an append
 * that began first but commits last is never skipped by a reader. The append that began first is held just before its
 * commit (its rows are written, its transaction open) while a later append commits; the reader must not pass the held
 * one's position until it commits, and then reads both, in position order, each once. Latches, no sleeps. Skipped
 * without {@value TestDatabase#PG_URL_VARIABLE}.
 */
class PostgreSqlFeedOrderTest {

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(TestDatabase::postgres);

    @Test
    void a_reader_never_skips_an_event_whose_transaction_began_first_but_commits_after_a_later_one() throws Exception {
        HeldCommits held = new HeldCommits(migrated.get().dataSource());
        JdbcEventStore store = new JdbcEventStore(held).withFormat(NoteFormat.INSTANCE);
        StreamId before = EventStoreContract.stream("before");
        StreamId early = EventStoreContract.stream("early");
        StreamId late = EventStoreContract.stream("late");
        store.append(before, 0, EventStoreContract.notes(before, null, "b1"));
        List<FeedEntry> start = store.readAll(0, 10);
        assertThat(start).hasSize(1);
        long position = start.get(0).position();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<RecordedEvent<?>> earlyEvents = EventStoreContract.notes(early, null, "e1", "e2");
            Future<?> earlyAppend = pool.submit(() -> {
                held.holdThisThread();
                store.append(early, 0, earlyEvents);
                return null;
            });
            assertThat(held.reachedCommit.await(60, TimeUnit.SECONDS)).as("the early append reached its commit").isTrue();

            // The later append begins after the early one wrote its rows, and commits first.
            List<RecordedEvent<?>> lateEvents = EventStoreContract.notes(late, null, "l1");
            store.append(late, 0, lateEvents);
            assertThat(store.read(late)).as("the late append is committed").containsExactlyElementsOf(lateEvents);
            assertThat(store.read(early)).as("the early append is not").isEmpty();

            // While the early one is open the reader gets nothing past where it was, however often it asks.
            for (int poll = 0; poll < 3; poll++) {
                assertThat(store.readAll(position, 100)).as("poll %d while the early append is open", poll).isEmpty();
            }
            assertThat(store.lastPosition()).isEqualTo(position);

            held.release.countDown();
            earlyAppend.get(60, TimeUnit.SECONDS);
        } finally {
            held.release.countDown();
            pool.shutdownNow();
        }

        List<FeedEntry> after = store.readAll(position, 100);
        assertThat(after).extracting(FeedEntry::event).extracting(RecordedEvent::stream)
                .as("the early append first: it wrote first; nothing skipped").containsExactly(early, early, late);
        assertThat(after.get(0).position()).isGreaterThan(position);
        assertThat(after.get(1).position()).isGreaterThan(after.get(0).position());
        assertThat(after.get(2).position()).isGreaterThan(after.get(1).position());
        assertThat(store.lastPosition()).isEqualTo(after.get(2).position());
        assertThat(store.readAll(after.get(2).position(), 100)).isEmpty();
    }

    @Test
    void appends_to_different_streams_do_not_wait_for_each_other_but_two_at_the_same_version_do() throws Exception {
        HeldCommits held = new HeldCommits(migrated.get().dataSource());
        JdbcEventStore store = new JdbcEventStore(held).withFormat(NoteFormat.INSTANCE);
        StreamId s = EventStoreContract.stream("contested");
        StreamId other = EventStoreContract.stream("other");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> {
                held.holdThisThread();
                store.append(s, 0, EventStoreContract.notes(s, null, "first"));
                return null;
            });
            assertThat(held.reachedCommit.await(60, TimeUnit.SECONDS)).isTrue();
            // Another stream: committed while the first append holds its transaction open (a head-row lock would block here).
            store.append(other, 0, EventStoreContract.notes(other, null, "x"));
            assertThat(store.version(other)).isEqualTo(1);
            held.release.countDown();
            first.get(60, TimeUnit.SECONDS);
        } finally {
            held.release.countDown();
            pool.shutdownNow();
        }
        // The same stream at the same version: the primary key refuses the second, as a conflict.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.append(s, 0, EventStoreContract.notes(s, null, "second")))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(1));
        // Ahead of the stream: nothing inserted, a conflict too.
        RecordedEvent<?> firstRecord = store.read(s).get(0);
        List<RecordedEvent<?>> third = EventStoreContract.notes(s, firstRecord, "2", "3").subList(1, 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.append(s, 2, third))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(1));
        assertThat(store.read(s)).hasSize(1);
    }

    /**
     * A data source whose connections, on a thread that asked for it, stop in {@code commit} until released: the
     * transaction has done its work and stays open.
     */
    private static final class HeldCommits extends DelegatingDataSource {
        final CountDownLatch reachedCommit = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final ThreadLocal<Boolean> held = ThreadLocal.withInitial(() -> false);

        HeldCommits(DataSource real) {
            super(real);
        }

        void holdThisThread() {
            held.set(true);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = real.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("commit") && held.get()) {
                            reachedCommit.countDown();
                            if (!release.await(60, TimeUnit.SECONDS)) {
                                throw new SQLException("never released");
                            }
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

package nl.participatie.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.NoteFormat;
import nl.participatie.core.store.NoteFormat.Note;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * On H2, appends from one JVM to one database take a turn in the JVM before the feed's head row (see
 * {@code Database.appendTurn}): every store on that database shares it, whatever its data source or URL settings, and
 * stores on other databases do not.
 */
class H2AppendTurnTest {

    @Test
    void stores_on_one_file_database_share_the_turn_whatever_their_url_settings(@TempDir Path folder) {
        String file = "jdbc:h2:file:" + folder.resolve("events").toAbsolutePath();
        Database a = migrated(file + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
        Database b = migrated(file + ";LOCK_TIMEOUT=5000");
        Database other = migrated("jdbc:h2:file:" + folder.resolve("other").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");

        assertThat(a.appendTurn()).isSameAs(b.appendTurn()).isNotSameAs(other.appendTurn());
        assertThat(a.appendTurn().isFair()).as("appends take their turn in the order they came").isTrue();
    }

    @Test
    void named_in_memory_databases_have_a_turn_each() {
        Database x = migrated("jdbc:h2:mem:turn-x;DB_CLOSE_DELAY=-1");
        Database xAgain = migrated("jdbc:h2:mem:turn-x");
        Database y = migrated("jdbc:h2:mem:turn-y;DB_CLOSE_DELAY=-1");

        assertThat(x.appendTurn()).isSameAs(xAgain.appendTurn()).isNotSameAs(y.appendTurn());
    }

    @Test
    void an_append_waits_while_another_store_of_the_database_has_the_turn_and_goes_on_after(@TempDir Path folder)
            throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("events").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        DataSource source = h2(url);
        ReentrantLock turn = migrated(url + ";WRITE_DELAY=0").appendTurn();
        JdbcEventStore store = new JdbcEventStore(source).withFormat(NoteFormat.INSTANCE);
        StreamId stream = StreamId.of("turntest.tally", "waits");
        ExecutorService appender = Executors.newSingleThreadExecutor();
        turn.lock();
        try {
            Future<?> append = appender.submit(() -> store.append(stream, 0, List.of(first(stream))));
            assertThatThrownBy(() -> append.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(store.version(stream)).as("nothing appended while another has the turn").isZero();
            turn.unlock();
            append.get(30, TimeUnit.SECONDS);
            assertThat(store.version(stream)).isEqualTo(1);
        } finally {
            if (turn.isHeldByCurrentThread()) {
                turn.unlock();
            }
            appender.shutdownNow();
        }
    }

    @Test
    void an_append_interrupted_while_waiting_for_the_turn_is_refused_and_appends_nothing(@TempDir Path folder)
            throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("events").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        JdbcEventStore store = new JdbcEventStore(h2(url)).withFormat(NoteFormat.INSTANCE);
        ReentrantLock turn = migrated(url).appendTurn();
        StreamId stream = StreamId.of("turntest.tally", "interrupted");
        turn.lock();
        try {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread waiting = new Thread(() -> {
                try {
                    store.append(stream, 0, List.of(first(stream)));
                    failure.complete(null);
                } catch (Throwable t) {
                    failure.complete(t);
                }
            });
            waiting.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!turn.hasQueuedThread(waiting)) {
                assertThat(failure).as("the append waits for the turn the test holds").isNotDone();
                assertThat(System.nanoTime()).as("the append queued for the turn within 30 s").isLessThan(deadline);
                Thread.onSpinWait();
            }
            waiting.interrupt();
            assertThat(failure.get(30, TimeUnit.SECONDS)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("Interrupted while waiting for the turn for appending to " + stream)
                    .hasMessageContaining("nothing was appended");
        } finally {
            turn.unlock();
        }
        assertThat(store.version(stream)).isZero();
    }

    private static RecordedEvent<Note> first(StreamId stream) {
        return NoteFormat.TRAIL.record(stream, null, Instant.parse("2026-11-30T12:00:00Z"),
                Actor.of("teller", Role.of("COUNTER")), "COUNTING", new Note("first", 1));
    }

    private static Database migrated(String url) {
        DataSource source = h2(url);
        SchemaMigration.migrate(source);
        return new Database(source);
    }

    private static DataSource h2(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        return source;
    }
}

package nl.participatie.core.store;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * The process the crash test kills: appends batches of 1 to 4 notes to five streams in a loop, for at most a
 * minute, and prints {@code committed <batch id>} after each append returned. Every note's text is
 * {@code <batch id> <i>/<n>}, so the test can tell whether a batch survived whole. Arguments: see
 * {@link TestDatabase#connectArguments()}.
 */
public final class CrashingAppender {

    private CrashingAppender() {
    }

    public static void main(String[] args) {
        DataSource dataSource = TestDatabase.connect(args);
        SchemaMigration.migrate(dataSource);
        JdbcEventStore store = new JdbcEventStore(dataSource).withFormat(NoteFormat.INSTANCE);
        Random random = new Random();
        long until = System.nanoTime() + 60_000_000_000L;
        System.out.println("started");
        System.out.flush();
        while (System.nanoTime() < until) {
            var stream = EventStoreContract.stream("crash" + random.nextInt(5));
            long version = store.version(stream);
            RecordedEvent<?> previous = version == 0 ? null : store.read(stream, version).get(0);
            String batch = UUID.randomUUID().toString();
            int size = 1 + random.nextInt(4);
            String[] texts = new String[size];
            for (int i = 0; i < size; i++) {
                texts[i] = batch + " " + (i + 1) + "/" + size;
            }
            List<RecordedEvent<?>> events = NoteFormat.batch(stream, previous,
                    Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS), EventStoreContract.ANNA, texts);
            store.append(stream, version, events);
            System.out.println("committed " + batch);
            System.out.flush();
        }
    }
}

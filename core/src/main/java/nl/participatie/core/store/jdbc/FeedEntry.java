package nl.participatie.core.store.jdbc;

import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;

/**
 * One entry of the global event feed (<i>gebeurtenissenfeed</i>, the outbox): a recorded event of any stream with
 * its global position. Positions start at 1, follow the order in which appends committed and have no gaps, so a
 * reader that stores the position of the last entry it handled can go on from there with
 * {@link JdbcEventStore#readAll(long, int)} and never skips or repeats an event.
 *
 * @param position the global position, from 1
 * @param event    the recorded event, as {@link JdbcEventStore#read} returns it
 */
@API(status = API.Status.STABLE)
public record FeedEntry(long position, RecordedEvent<?> event) {

    public FeedEntry {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more, was " + position);
        }
    }
}

package nl.participatie.core.store.jdbc;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.StreamId;

/**
 * The committed histories of recently used streams, decoded, for {@link JdbcEventStore#withReadCache}. Holds only
 * complete histories from sequence 1 that were read from the database or appended by a committed transaction;
 * at most {@code maxEvents} events in all, the least recently used streams leaving first.
 */
final class StreamCache {

    private final int maxEvents;
    private final LinkedHashMap<StreamId, List<RecordedEvent<?>>> streams = new LinkedHashMap<>(64, 0.75f, true);
    private long held;

    StreamCache(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    int maxEvents() {
        return maxEvents;
    }

    /** The cached history of the stream, possibly behind the database; empty when none is cached. */
    synchronized List<RecordedEvent<?>> get(StreamId stream) {
        List<RecordedEvent<?>> history = streams.get(stream);
        return history == null ? List.of() : history;
    }

    /** Offers a complete, unmodifiable history; kept when it is longer than the one cached. */
    synchronized void offer(StreamId stream, List<RecordedEvent<?>> history) {
        List<RecordedEvent<?>> old = streams.get(stream);
        if (old != null && old.size() >= history.size()) {
            return;
        }
        if (history.size() > maxEvents) {
            forget(stream);
            return;
        }
        if (old != null) {
            held -= old.size();
        }
        streams.put(stream, history);
        held += history.size();
        Iterator<Map.Entry<StreamId, List<RecordedEvent<?>>>> eldest = streams.entrySet().iterator();
        while (held > maxEvents && eldest.hasNext()) {
            Map.Entry<StreamId, List<RecordedEvent<?>>> e = eldest.next();
            if (!e.getKey().equals(stream)) {
                held -= e.getValue().size();
                eldest.remove();
            }
        }
    }

    synchronized void forget(StreamId stream) {
        List<RecordedEvent<?>> old = streams.remove(stream);
        if (old != null) {
            held -= old.size();
        }
    }
}

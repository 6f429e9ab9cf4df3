package nl.participatie.core;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.participatie.core.value.StreamId;

/**
 * Recently used states of an engine ({@code ProcessEngine.Builder.cacheStates}), least recently used evicted first.
 * Thread-safe; never the source of truth: the engine reads newer events from the store on every use.
 */
final class StateCache<S> {

    /** A state at a version, with the last record (for the hash chain). */
    record Snapshot<S>(long version, S state, RecordedEvent<?> last) {
    }

    private final Map<StreamId, Snapshot<S>> entries;

    StateCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<StreamId, Snapshot<S>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Snapshot<S> get(StreamId stream) {
        return entries.get(stream);
    }

    synchronized void put(StreamId stream, Snapshot<S> snapshot) {
        Snapshot<S> known = entries.get(stream);
        // Never go back: another thread may have cached a newer version meanwhile.
        if (known == null || known.version() < snapshot.version()) {
            entries.put(stream, snapshot);
        }
    }

    synchronized void forget(StreamId stream) {
        entries.remove(stream);
    }
}

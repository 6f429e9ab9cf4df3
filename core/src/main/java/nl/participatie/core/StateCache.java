package nl.participatie.core;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.participatie.core.internal.Erasures;
import nl.participatie.core.value.StreamId;

/**
 * Recently used states of an engine ({@code ProcessEngine.Builder.cacheStates}), least recently used evicted first.
 * Thread-safe; never the source of truth: an append at a cached version is refused by the store when the stream moved
 * on. A cached state is given out only while it is younger than the maximum age since it was last folded from the
 * start, and while no erasure key was destroyed in this JVM since then ({@link Erasures}): it may hold decrypted values.
 */
final class StateCache<S> {

    /**
     * A state at a version, with the last record (for the hash chain), when its fold from the start began
     * ({@link System#nanoTime}) and the {@link Erasures#count()} before it read the store.
     */
    record Snapshot<S>(long version, S state, RecordedEvent<?> last, long foldedAt, long erasures) {

        /** The state after more events, keeping when and under which erasure count the fold began. */
        Snapshot<S> then(long newVersion, S newState, RecordedEvent<?> newLast) {
            return new Snapshot<>(newVersion, newState, newLast, foldedAt, erasures);
        }
    }

    private final Map<StreamId, Snapshot<S>> entries;
    private final long maxAgeNanos;

    StateCache(int capacity, long maxAgeNanos) {
        this.maxAgeNanos = maxAgeNanos;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<StreamId, Snapshot<S>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached state, or null when there is none, or it is too old, or an erasure happened since its fold began. */
    synchronized Snapshot<S> get(StreamId stream) {
        Snapshot<S> known = entries.get(stream);
        if (known != null && (known.erasures() != Erasures.count() || System.nanoTime() - known.foldedAt() > maxAgeNanos)) {
            entries.remove(stream);
            return null;
        }
        return known;
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

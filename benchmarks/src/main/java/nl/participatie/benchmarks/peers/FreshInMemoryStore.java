package nl.participatie.benchmarks.peers;

import java.util.List;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.StreamId;

/**
 * An {@link InMemoryEventStore} that the benchmark can replace by an empty one before each op, so millions of
 * measured runs do not fill the heap (the peers drop their instances too). The swap costs one small allocation.
 */
public final class FreshInMemoryStore implements EventStore {

    private InMemoryEventStore delegate = new InMemoryEventStore();

    /** Drops everything stored. */
    public void reset() {
        delegate = new InMemoryEventStore();
    }

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
        delegate.append(stream, expectedVersion, events);
    }

    @Override
    public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
        return delegate.read(stream, fromSequence);
    }

    @Override
    public long version(StreamId stream) {
        return delegate.version(stream);
    }
}

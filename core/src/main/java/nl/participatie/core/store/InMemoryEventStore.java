package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.internal.AppendBatch;
import nl.participatie.core.trust.StoreHeads;
import nl.participatie.core.trust.StreamHead;
import nl.participatie.core.value.StreamId;

/**
 * An event store in memory (<i>opslag in het geheugen</i>): for tests, examples and short-lived processes.
 * Thread-safe; each stream is locked only while it is appended to.
 */
@API(status = API.Status.STABLE)
public final class InMemoryEventStore implements EventStore {

    private final ConcurrentMap<StreamId, List<RecordedEvent<?>>> streams = new ConcurrentHashMap<>();

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
        AppendBatch.check(stream, expectedVersion, events);
        List<RecordedEvent<?>> log = streams.computeIfAbsent(stream, s -> new ArrayList<>());
        synchronized (log) {
            if (log.size() != expectedVersion) {
                throw new ConcurrencyConflictException(stream, expectedVersion, log.size());
            }
            log.addAll(events);
        }
    }

    @Override
    public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
        List<RecordedEvent<?>> log = streams.get(stream);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            int from = (int) Math.max(0, Math.min(log.size(), fromSequence - 1));
            return List.copyOf(log.subList(from, log.size()));
        }
    }

    @Override
    public long version(StreamId stream) {
        List<RecordedEvent<?>> log = streams.get(stream);
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            return log.size();
        }
    }

    /** The ids of all streams held, of every type. */
    public List<StreamId> streams() {
        return List.copyOf(streams.keySet());
    }

    /** {@inheritDoc} Its feed position is the number of events held: this store keeps no global feed. */
    @Override
    public StoreHeads heads() {
        List<StreamHead> heads = new ArrayList<>();
        long events = 0;
        for (var entry : streams.entrySet()) {
            List<RecordedEvent<?>> log = entry.getValue();
            synchronized (log) {
                if (!log.isEmpty()) {
                    RecordedEvent<?> last = log.get(log.size() - 1);
                    heads.add(new StreamHead(entry.getKey(), last.sequence(), last.hash()));
                    events += log.size();
                }
            }
        }
        return new StoreHeads(events, heads);
    }
}

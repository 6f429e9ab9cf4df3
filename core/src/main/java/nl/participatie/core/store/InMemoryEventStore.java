package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.internal.AppendBatch;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkLimit;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.trust.StoreHeads;
import nl.participatie.core.trust.StreamHead;
import nl.participatie.core.value.StreamId;

/**
 * An event store in memory (<i>opslag in het geheugen</i>): for tests, examples and short-lived processes.
 * Thread-safe; each stream is locked only while it is appended to, and the feed ({@link #readAll}) and the link
 * index while an append is added to them.
 */
@API(status = API.Status.STABLE)
public final class InMemoryEventStore implements EventStore {

    private final ConcurrentMap<StreamId, List<RecordedEvent<?>>> streams = new ConcurrentHashMap<>();
    /** Every event in the order appended: the feed. Guarded by itself, taken inside a stream's lock. */
    private final List<RecordedEvent<?>> feed = new ArrayList<>();
    /** The link index both ways. Guarded by {@link #feed}. */
    private final Map<StreamId, List<Link>> linksFrom = new HashMap<>();
    private final Map<StreamId, List<Link>> linksTo = new HashMap<>();

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
        append(stream, expectedVersion, events, List.of());
    }

    /** {@inheritDoc} The events, their feed entries and the links become visible together. */
    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links) {
        append(stream, expectedVersion, events, links, List.of());
    }

    /** {@inheritDoc} The limits are checked under the lock the links are indexed under. */
    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links,
                       List<LinkLimit> limits) {
        AppendBatch.check(stream, expectedVersion, events);
        List<Link> indexed = List.copyOf(links);
        List<RecordedEvent<?>> log = streams.computeIfAbsent(stream, s -> new ArrayList<>());
        synchronized (log) {
            if (log.size() != expectedVersion) {
                throw new ConcurrencyConflictException(stream, expectedVersion, log.size());
            }
            synchronized (feed) {
                if (!limits.isEmpty()) {
                    LinkLimit.check(limits, indexed, at -> linksFrom.getOrDefault(at, List.of()), at -> linksTo.getOrDefault(at, List.of()));
                }
                if (events.size() == 1) {
                    // The usual append, one event: no array copy of the list for each of the two lists.
                    log.add(events.get(0));
                    feed.add(events.get(0));
                } else {
                    log.addAll(events);
                    feed.addAll(events);
                }
                for (Link link : indexed) {
                    linksFrom.computeIfAbsent(link.source(), s -> new ArrayList<>()).add(link);
                    linksTo.computeIfAbsent(link.target(), s -> new ArrayList<>()).add(link);
                }
            }
        }
    }

    @Override
    public List<Link> linksFrom(StreamId stream) {
        synchronized (feed) {
            return List.copyOf(linksFrom.getOrDefault(stream, List.of()));
        }
    }

    @Override
    public List<Link> linksTo(StreamId stream) {
        synchronized (feed) {
            return List.copyOf(linksTo.getOrDefault(stream, List.of()));
        }
    }

    /**
     * The feed of this store, as {@code JdbcEventStore.readAll}: at most {@code limit} events of every stream after
     * the given position, in the order they were appended. Positions start at 1 and have no gaps.
     */
    public List<FeedEntry> readAll(long afterPosition, int limit) {
        if (afterPosition < 0) {
            throw new IllegalArgumentException("afterPosition must be 0 or more, was " + afterPosition);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        synchronized (feed) {
            List<FeedEntry> out = new ArrayList<>();
            for (long p = afterPosition + 1; p <= feed.size() && out.size() < limit; p++) {
                out.add(new FeedEntry(p, feed.get((int) (p - 1))));
            }
            return out;
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

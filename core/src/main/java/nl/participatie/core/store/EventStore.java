package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.List;
import java.util.Optional;

import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.Link;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.trust.StoreHeads;
import nl.participatie.core.value.StreamId;

/**
 * Where recorded events are kept (<i>gebeurtenissenopslag</i>): one append-only stream per process instance.
 * Appends are optimistic: the caller says which version it read, and an append on a stream that moved on in the
 * meantime fails with {@link ConcurrencyConflictException}, all of the batch or nothing. Implementations are
 * thread-safe; the library ships one in memory and one on JDBC (H2, PostgreSQL).
 */
@API(status = API.Status.STABLE)
public interface EventStore {

    /**
     * Appends events to a stream.
     *
     * @param stream          the stream
     * @param expectedVersion the number of events the caller read (0 for a new stream)
     * @param events          the events, with sequences {@code expectedVersion + 1} onwards
     * @throws ConcurrencyConflictException when the stream holds another number of events; nothing was appended
     * @throws StoreException                when the store failed otherwise; nothing was appended
     */
    void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events);

    /** All events of a stream in order; empty for an unknown stream. */
    default List<RecordedEvent<?>> read(StreamId stream) {
        return read(stream, 1);
    }

    /** The events of a stream from the given sequence on, in order. */
    List<RecordedEvent<?>> read(StreamId stream, long fromSequence);

    /** The number of events in a stream; 0 for an unknown stream. */
    long version(StreamId stream);

    /**
     * The stream as stored, for verifying its audit trail: read from the storage itself, never from a cache, and
     * with a record that can no longer be read back reported in the result instead of thrown. A store that keeps
     * decoded events only (as the one in memory does) returns {@link #read(StreamId)}.
     */
    default StoredHistory readStored(StreamId stream) {
        return StoredHistory.complete(read(stream));
    }

    /**
     * This store writing and reading events with the given format: how an engine hands its
     * {@link EventFormat} to the store, so the format is configured once, on the engine. A store that keeps events
     * as objects (as the one in memory does) needs no format and returns itself; a store that serialises them
     * returns a store on the same storage with that format.
     */
    default EventStore withFormat(EventFormat format) {
        return this;
    }

    /**
     * The keys with which erasable personal data ({@link nl.participatie.core.value.Erasable}) is sealed before
     * this store keeps it: an engine built on this store gives them to its format. A store that keeps events as
     * objects in memory seals nothing and has none (the default); {@code JdbcEventStore} keeps them in a table of its
     * own unless it is given others.
     */
    default Optional<ErasureKeys> erasureKeys() {
        return Optional.empty();
    }

    /**
     * The head of every stream and the feed position they were read at, consistently: what a signed checkpoint
     * ({@link nl.participatie.core.trust.Checkpoints}) covers. Both stores of the library answer it; a store that
     * cannot list its streams throws {@link UnsupportedOperationException}.
     */
    default StoreHeads heads() {
        throw new UnsupportedOperationException(getClass().getName() + " cannot list the heads of its streams");
    }

    /**
     * Appends events and indexes the links they make, in one transaction: the links are in {@link #linksFrom} and
     * {@link #linksTo} exactly when the events are in the stream. The engine calls this for a command whose events
     * make links ({@link nl.participatie.core.link.Linking}), after checking them against its link types.
     *
     * <p>The default handles no links: it appends when {@code links} is empty and throws
     * {@link UnsupportedOperationException} otherwise; both stores of the library implement it.
     *
     * @param links the links the events make, each {@link Link#recordedBy recorded by} one of them
     * @throws ConcurrencyConflictException when the stream holds another number of events; nothing was appended
     */
    default void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links) {
        if (!links.isEmpty()) {
            throw new UnsupportedOperationException(getClass().getName() + " cannot index links");
        }
        append(stream, expectedVersion, events);
    }

    /**
     * Appends events and indexes their links as {@link #append(StreamId, long, List, List)} does, after checking in
     * the same transaction that no {@link nl.participatie.core.link.LinkLimit limit} is reached by the links already
     * indexed or by two of these links: the second {@code became} of one idea, made by two engines at once, is then
     * refused with a {@link nl.participatie.core.link.LinkLimitException} instead of stored twice. The engine calls
     * this for links whose type limits an end.
     *
     * <p>The default checks with {@link #linksFrom} and {@link #linksTo} before appending, which another writer can
     * overtake; both stores of the library check under their append's lock.
     *
     * @param limits the limits the links' types set at their ends
     * @throws nl.participatie.core.link.LinkLimitException when a limit is reached; nothing was appended
     * @throws ConcurrencyConflictException                  when the stream holds another number of events
     */
    default void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links,
                        List<nl.participatie.core.link.LinkLimit> limits) {
        nl.participatie.core.link.LinkLimit.check(limits, links, this::linksFrom, this::linksTo);
        append(stream, expectedVersion, events, links);
    }

    /**
     * The links that start at this stream (where an idea went: the initiative it became), in no guaranteed order.
     * Both stores of the library answer it from an index, without scanning events; a store that keeps no
     * link index throws {@link UnsupportedOperationException} (the default).
     */
    default List<Link> linksFrom(StreamId stream) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no index of links");
    }

    /**
     * The links that point at this stream (where an initiative came from: the idea), in no guaranteed order. As {@link #linksFrom}, the default throws {@link UnsupportedOperationException}.
     */
    default List<Link> linksTo(StreamId stream) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no index of links");
    }
}

package nl.participatie.testkit;

import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.trust.StoreHeads;
import nl.participatie.core.value.StreamId;

/**
 * A store in memory on which the next appends meet a command that someone else recorded first (<i>betwiste
 * opslag</i>): each of the next {@link #conflictOnNextAppends n} appends fails with a
 * {@link ConcurrencyConflictException} and stores nothing, the way a busy instance on a shared database does. For
 * testing what an engine, its retries and whoever watches it do under conflicts. Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ContestedStore implements EventStore {

    private final InMemoryEventStore events = new InMemoryEventStore();
    private int conflictsAhead;

    /** The next {@code appends} appends fail with a conflict. */
    public void conflictOnNextAppends(int appends) {
        if (appends < 0) {
            throw new IllegalArgumentException("appends must be 0 or more, was " + appends);
        }
        this.conflictsAhead = appends;
    }

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> recorded) {
        if (conflictsAhead > 0) {
            conflictsAhead--;
            throw new ConcurrencyConflictException(stream, expectedVersion, expectedVersion + 1);
        }
        events.append(stream, expectedVersion, recorded);
    }

    @Override
    public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
        return events.read(stream, fromSequence);
    }

    @Override
    public long version(StreamId stream) {
        return events.version(stream);
    }

    @Override
    public Optional<ErasureKeys> erasureKeys() {
        return events.erasureKeys();
    }

    @Override
    public StoreHeads heads() {
        return events.heads();
    }
}

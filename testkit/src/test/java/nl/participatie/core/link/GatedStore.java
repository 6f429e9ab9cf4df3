package nl.participatie.core.link;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.StoredHistory;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.StreamId;

/**
 * A store whose appends with link limits wait at a barrier until every party has come that far: so each of the racing
 * engines has made its own cardinality check against the store before any of them appends. A condition, not a pause.
 */
final class GatedStore implements EventStore {

    private final EventStore delegate;
    private final CyclicBarrier gate;

    GatedStore(EventStore delegate, CyclicBarrier gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links,
                       List<LinkLimit> limits) {
        try {
            // A bound, so a broken test fails instead of hanging; the parties meet as soon as both are here.
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other engine never reached its append", e);
        }
        delegate.append(stream, expectedVersion, events, links, limits);
    }

    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links) {
        delegate.append(stream, expectedVersion, events, links);
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

    @Override
    public StoredHistory readStored(StreamId stream) {
        return delegate.readStored(stream);
    }

    @Override
    public EventStore withFormat(EventFormat format) {
        return new GatedStore(delegate.withFormat(format), gate);
    }

    @Override
    public Optional<ErasureKeys> erasureKeys() {
        return delegate.erasureKeys();
    }

    @Override
    public List<Link> linksFrom(StreamId stream) {
        return delegate.linksFrom(stream);
    }

    @Override
    public List<Link> linksTo(StreamId stream) {
        return delegate.linksTo(stream);
    }
}

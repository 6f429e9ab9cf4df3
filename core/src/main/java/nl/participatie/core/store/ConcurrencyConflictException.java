package nl.participatie.core.store;

import nl.participatie.core.API;

import nl.participatie.core.value.StreamId;

/**
 * Another command was recorded on the same instance between reading and appending (<i>gelijktijdige
 * wijziging</i>): nothing of the append was stored. A {@link StoreException}, so catching that catches this too. The
 * engine re-decides on the fresh state a bounded number of times, with a growing pause, before it gives up with
 * this exception; a caller that sees it may retry the whole command later.
 */
@API(status = API.Status.STABLE)
public final class ConcurrencyConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient StreamId stream;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param stream          the instance
     * @param expectedVersion the version the appender read
     * @param actualVersion   the version in the store, or -1 when unknown
     */
    public ConcurrencyConflictException(StreamId stream, long expectedVersion, long actualVersion) {
        this(stream, expectedVersion, actualVersion, null);
    }

    /**
     * @param stream          the instance
     * @param expectedVersion the version the appender read
     * @param actualVersion   the version in the store, or -1 when unknown
     * @param cause           what the store reported, e.g. a primary-key violation; may be {@code null}
     */
    public ConcurrencyConflictException(StreamId stream, long expectedVersion, long actualVersion, Throwable cause) {
        super("Stream " + stream + " was changed concurrently: expected version " + expectedVersion
                + (actualVersion >= 0 ? ", found " + actualVersion : ""), cause);
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The instance. */
    public StreamId stream() {
        return stream;
    }

    /** The version the appender expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store, or -1 when the store could not tell. */
    public long actualVersion() {
        return actualVersion;
    }
}

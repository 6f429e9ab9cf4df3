package nl.participatie.core.store;

import nl.participatie.core.API;

import nl.participatie.core.value.StreamId;

/**
 * Another command was recorded on the same instance between reading and appending (<i>gelijktijdige
 * wijziging</i>). The engine re-decides on the fresh state a bounded number of times before it gives up with this
 * exception; a caller that sees it may retry the whole command.
 */
@API(status = API.Status.STABLE)
public final class ConcurrencyConflictException extends RuntimeException {

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
        super("Stream " + stream + " was changed concurrently: expected version " + expectedVersion
                + (actualVersion >= 0 ? ", found " + actualVersion : ""));
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * @param stream          the instance
     * @param expectedVersion the version the appender read
     * @param actualVersion   the version in the store, or -1 when unknown
     * @param cause           what the store reported, e.g. a unique-key violation
     */
    public ConcurrencyConflictException(StreamId stream, long expectedVersion, long actualVersion, Throwable cause) {
        this(stream, expectedVersion, actualVersion);
        initCause(cause);
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

package nl.participatie.core.internal;

import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.StreamId;

/**
 * The check every event store makes of a batch before appending it: each event belongs to the stream and follows
 * the one before without a gap, from {@code expectedVersion + 1}. One check, so the stores cannot come to differ.
 *
 * <p>Internal: not part of the public API.
 */
@API(status = API.Status.INTERNAL)
public final class AppendBatch {

    private AppendBatch() {
    }

    /**
     * Checks the batch.
     *
     * @throws IllegalArgumentException naming the first event of another stream or out of sequence
     */
    public static void check(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(events, "events");
        long sequence = expectedVersion;
        for (RecordedEvent<?> event : events) {
            sequence++;
            if (!event.stream().equals(stream) || event.sequence() != sequence) {
                throw new IllegalArgumentException("Event " + event.stream() + "#" + event.sequence()
                        + " does not follow " + stream + "#" + (sequence - 1));
            }
        }
    }
}

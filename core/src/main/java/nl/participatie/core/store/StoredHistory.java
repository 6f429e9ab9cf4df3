package nl.participatie.core.store;

import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;

/**
 * A stream as it is stored, read for verifying its audit trail (<i>opgeslagen geschiedenis</i>): the records in
 * order up to the first one that can no longer be read back, and that one's sequence and why. A damaged row is
 * then a finding of the verification, not a failure of it.
 *
 * @param readable           the records before the first unreadable one (all of them when none is unreadable)
 * @param unreadableSequence the sequence of the first record that cannot be read back; 0 when every record reads
 * @param unreadableReason   why it cannot be read; empty when every record reads
 */
@API(status = API.Status.STABLE)
public record StoredHistory(List<RecordedEvent<?>> readable, long unreadableSequence, String unreadableReason) {

    public StoredHistory {
        readable = List.copyOf(readable);
        Objects.requireNonNull(unreadableReason, "unreadableReason");
        if (unreadableSequence < 0) {
            throw new IllegalArgumentException("unreadableSequence must be 0 or more, was " + unreadableSequence);
        }
    }

    /** A history whose every record reads. */
    public static StoredHistory complete(List<RecordedEvent<?>> records) {
        return new StoredHistory(records, 0, "");
    }

    /** Whether every stored record could be read back. */
    public boolean isComplete() {
        return unreadableSequence == 0;
    }
}

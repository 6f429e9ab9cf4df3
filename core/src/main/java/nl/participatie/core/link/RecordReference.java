package nl.participatie.core.link;

import java.util.Objects;
import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * A reference to one recorded event of another history (<i>verwijzing naar een vastgelegde gebeurtenis</i>): its
 * stream, its sequence and its hash. As the cause of a record ({@link RecordedEvent#cause()}) it is part of what
 * that record's hash covers, so "this initiative came from that idea" is anchored in both chains: the reference
 * cannot be changed without breaking the citing chain, and the cited record cannot be changed without no longer
 * matching the hash cited.
 *
 * @param stream   the stream of the record referred to
 * @param sequence its sequence, from 1
 * @param hash     its hash, 64 lower-case hex digits
 */
@API(status = API.Status.EXPERIMENTAL)
public record RecordReference(StreamId stream, long sequence, String hash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public RecordReference {
        InvalidValueException.requireNonNull(stream, "stream");
        InvalidValueException.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new InvalidValueException("recordReference.sequence.invalid", sequence);
        }
        if (!HASH.matcher(hash).matches()) {
            throw new InvalidValueException("recordReference.hash.invalid", hash);
        }
    }

    /** The reference to a recorded event. */
    public static RecordReference of(RecordedEvent<?> record) {
        Objects.requireNonNull(record, "record");
        return new RecordReference(record.stream(), record.sequence(), record.hash());
    }

    /** Whether this refers to exactly that record: same stream, sequence and hash. */
    public boolean refersTo(RecordedEvent<?> record) {
        return record != null && stream.equals(record.stream()) && sequence == record.sequence() && hash.equals(record.hash());
    }

    /** {@code type/id#sequence}. */
    @Override
    public String toString() {
        return stream + "#" + sequence;
    }
}

package nl.participatie.core;

import java.time.Instant;
import java.util.Objects;

import nl.participatie.core.link.RecordReference;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * One entry of an instance's audit trail (<i>vastgelegde gebeurtenis</i>): the event, with who caused it, when,
 * in which step, its place in the stream and a SHA-256 hash that chains it to the entry before. Anyone can check
 * the chain with {@link AuditTrail#verify}. Never holds personal data: the actor is an opaque reference.
 *
 * @param stream       the process instance
 * @param sequence     the position in the stream, from 1, without gaps
 * @param recordedAt   when it was recorded, from the engine's clock, to the microsecond
 * @param actor        who fired the command
 * @param step         the step the instance was in when the command was fired
 * @param event        the event itself
 * @param previousHash the hash of the entry before, or {@link AuditTrail#GENESIS} for the first
 * @param hash         SHA-256 (hex) over the canonical JSON of every other field
 * @param cause        the record of another stream that caused this one (a reaction's trigger, a link's other end),
 *                     or {@code null}; part of what the hash covers only when present, so a record without a cause
 *                     hashes exactly as records did before causes existed
 * @param canonical    the canonical bytes the hash was computed over, kept by {@link AuditTrail#record} so that
 *                     {@link AuditTrail#verify} hashes them instead of writing the record again; {@code null} when not
 *                     known (a record read back from a store that keeps its fields). Whoever passes them vouches that
 *                     they are this record's canonical form. Not part of {@link #equals}: a record is the same with or
 *                     without them
 * @param <E>          the event type
 */
@API(status = API.Status.STABLE)
public record RecordedEvent<E>(StreamId stream, long sequence, Instant recordedAt, Actor actor, String step,
                               E event, String previousHash, String hash, RecordReference cause,
                               CanonicalBytes canonical) {

    public RecordedEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
        }
    }

    /** A record whose canonical bytes are not known: they are written again when it is hashed or verified. */
    public RecordedEvent(StreamId stream, long sequence, Instant recordedAt, Actor actor, String step, E event,
                         String previousHash, String hash, RecordReference cause) {
        this(stream, sequence, recordedAt, actor, step, event, previousHash, hash, cause, null);
    }

    /** A record that names no cause: every record of the library before causes existed. */
    public RecordedEvent(StreamId stream, long sequence, Instant recordedAt, Actor actor, String step, E event,
                         String previousHash, String hash) {
        this(stream, sequence, recordedAt, actor, step, event, previousHash, hash, null, null);
    }

    /**
     * This record with another hash, keeping its canonical bytes (which do not include the hash): how
     * {@link AuditTrail#record} seals a record with the hash of its content.
     */
    public RecordedEvent<E> withHash(String other) {
        return new RecordedEvent<>(stream, sequence, recordedAt, actor, step, event, previousHash, other, cause, canonical);
    }

    /** Equal when every field but {@link #canonical} is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedEvent<?> r && sequence == r.sequence && stream.equals(r.stream)
                && recordedAt.equals(r.recordedAt) && actor.equals(r.actor) && step.equals(r.step)
                && event.equals(r.event) && previousHash.equals(r.previousHash) && hash.equals(r.hash)
                && Objects.equals(cause, r.cause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stream, sequence, recordedAt, actor, step, event, previousHash, hash, cause);
    }

    /** The fields as a record shows them, without the canonical bytes. */
    @Override
    public String toString() {
        return "RecordedEvent[stream=" + stream + ", sequence=" + sequence + ", recordedAt=" + recordedAt + ", actor="
                + actor + ", step=" + step + ", event=" + event + ", previousHash=" + previousHash + ", hash=" + hash
                + ", cause=" + cause + "]";
    }
}

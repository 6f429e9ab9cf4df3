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
 * @param <E>          the event type
 */
@API(status = API.Status.STABLE)
public record RecordedEvent<E>(StreamId stream, long sequence, Instant recordedAt, Actor actor, String step,
                               E event, String previousHash, String hash, RecordReference cause) {

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

    /** A record that names no cause: every record of the library before causes existed. */
    public RecordedEvent(StreamId stream, long sequence, Instant recordedAt, Actor actor, String step, E event,
                         String previousHash, String hash) {
        this(stream, sequence, recordedAt, actor, step, event, previousHash, hash, null);
    }

    /** This record with another hash: how {@link AuditTrail#record} seals a record with the hash of its content. */
    public RecordedEvent<E> withHash(String other) {
        return new RecordedEvent<>(stream, sequence, recordedAt, actor, step, event, previousHash, other, cause);
    }
}

package nl.participatie.core;

import java.util.Optional;

import nl.participatie.core.trust.ErasureKeys;

/**
 * How events are written and read (<i>gegevensformaat</i>): their stable type ids, their JSON and the canonical
 * bytes the audit trail hashes. The library's implementation is {@code nl.participatie.core.json.ParticipatieJson};
 * stores and the engine depend only on this interface.
 */
@API(status = API.Status.STABLE)
public interface EventFormat {

    /** The registered, versioned type id of an event, e.g. {@code buurtschouw.report-filed.v1}. */
    String typeId(Object event);

    /** The event as JSON (with its type id). */
    String toJson(Object event);

    /** Reads an event stored under the given type id, upcasting older versions. */
    Object fromJson(String typeId, String json);

    /** The canonical bytes of a recorded event without its own hash: what the hash is computed over. */
    byte[] canonicalBytes(RecordedEvent<?> record);

    /**
     * Whether this format reads a record back from its {@link #canonicalBytes canonical bytes}
     * ({@link #fromCanonicalBytes}). A store that keeps those bytes then keeps nothing else of the record's body, and
     * verifying what it reads back hashes the very bytes it stored. The default is {@code false}: a store then keeps
     * the event's {@link #toJson JSON} apart, as before.
     */
    default boolean readsCanonicalBytes() {
        return false;
    }

    /**
     * The record whose canonical bytes these are, with the given hash (the bytes do not hold it), carrying the bytes
     * as its {@link RecordedEvent#canonical()}. Reads the event as stored events are read: as written, upcasting
     * older type ids.
     *
     * @throws UnsupportedOperationException when this format does not {@link #readsCanonicalBytes read them}
     * @throws RuntimeException              the format's read error when the bytes are no canonical record
     */
    default RecordedEvent<?> fromCanonicalBytes(byte[] canonical, String hash) {
        throw new UnsupportedOperationException(this + " does not read records from their canonical bytes");
    }

    /**
     * This format sealing {@link nl.participatie.core.value.Erasable} values with the given keys. A format that
     * has no erasable values to seal may return itself (the default).
     */
    default EventFormat withErasureKeys(ErasureKeys keys) {
        return this;
    }

    /** The keys this format seals erasable values with, if it was given any. */
    default Optional<ErasureKeys> erasureKeys() {
        return Optional.empty();
    }
}

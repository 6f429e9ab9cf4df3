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

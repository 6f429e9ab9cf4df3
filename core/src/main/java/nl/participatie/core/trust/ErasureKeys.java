package nl.participatie.core.trust;

import nl.participatie.core.API;

import java.util.Optional;

import nl.participatie.core.internal.Erasures;

import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * The keys that keep erasable personal data readable (<i>sleutelbeheer voor wisbare gegevens</i>): one per data
 * subject and one per stream, kept apart from the events. An {@link nl.participatie.core.value.Erasable} value is
 * encrypted under both keys of its subject and stream; destroying either one makes it unreadable for good
 * (crypto-shredding), while every audit chain and checkpoint still verifies. Erasing through {@link #erasePerson} or
 * {@link #expireStream} also tells the engines of this JVM to fold their cached states afresh.
 *
 * <p>The library ships {@link InMemoryErasureKeys} and {@code JdbcErasureKeys} (a table of its own, in the store's
 * database or in another). Implementations are thread-safe; a key once destroyed must never come back, also not
 * from a cache.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface ErasureKeys {

    /** The 32 random bytes of the key named {@code scope}, created on first use. */
    byte[] obtain(String scope);

    /** The key named {@code scope}, when it exists (it was made and not destroyed). */
    Optional<byte[]> find(String scope);

    /** Destroys the key for good; returns whether there was one. */
    boolean destroy(String scope);

    /** The name of a person's key: {@code person/<id>}. */
    static String personScope(PersonId person) {
        return "person/" + person.value();
    }

    /** The name of a stream's key: {@code stream/<type>/<id>}. */
    static String streamScope(StreamId stream) {
        return "stream/" + stream;
    }

    /**
     * Erases a person's erasable data in every stream: destroys their key. Their {@link
     * nl.participatie.core.store.PersonalDataStore personal data} (name, contacts) is erased there, separately.
     */
    default boolean erasePerson(PersonId person) {
        boolean destroyed = destroy(personScope(person));
        Erasures.keyDestroyed();
        return destroyed;
    }

    /** Erases every erasable value of one stream, whoever it is about: what retention does when a period ends. */
    default boolean expireStream(StreamId stream) {
        boolean destroyed = destroy(streamScope(stream));
        Erasures.keyDestroyed();
        return destroyed;
    }
}

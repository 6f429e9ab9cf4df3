package nl.participatie.core.internal;

import java.util.concurrent.atomic.AtomicLong;

import nl.participatie.core.API;

/**
 * How many erasure keys were destroyed in this JVM, through any of the library's {@code ErasureKeys}: an engine's state
 * cache holds states folded from decrypted values, and folds them afresh once this count moved on, so an erased value
 * leaves every cached state in the JVM where it was erased at once. (Other nodes' caches refold within their maximum
 * age; see {@code ProcessEngine.Builder.cacheStates}.)
 */
@API(status = API.Status.INTERNAL)
public final class Erasures {

    private static final AtomicLong DESTROYED = new AtomicLong();

    private Erasures() {
    }

    /** Counts a destroyed key (or an attempt to destroy one: counting too often only costs a refold). */
    public static void keyDestroyed() {
        DESTROYED.incrementAndGet();
    }

    /** The count so far. */
    public static long count() {
        return DESTROYED.get();
    }
}

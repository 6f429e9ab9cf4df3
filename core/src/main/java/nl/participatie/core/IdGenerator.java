package nl.participatie.core;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where new ids come from (<i>nummering</i>): for actions, goals, observations. It comes in through the
 * {@link DecisionContext}, so a test or a replay can make ids deterministic.
 */
@FunctionalInterface
@API(status = API.Status.STABLE)
public interface IdGenerator {

    /** A new id: 1 to 64 letters, digits, {@code -}, {@code _} or {@code .}. */
    String next();

    /** Random UUIDs: the default. */
    static IdGenerator random() {
        return () -> UUID.randomUUID().toString();
    }

    /** {@code prefix-1}, {@code prefix-2}, ...: for tests and examples. Thread-safe. */
    static IdGenerator sequential(String prefix) {
        AtomicLong counter = new AtomicLong();
        return () -> prefix + "-" + counter.incrementAndGet();
    }
}

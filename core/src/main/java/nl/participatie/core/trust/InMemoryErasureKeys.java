package nl.participatie.core.trust;

import nl.participatie.core.API;

import java.security.SecureRandom;

import nl.participatie.core.internal.Erasures;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ErasureKeys} in memory (<i>sleutels in het geheugen</i>): for tests and for demos; gone on restart. */
@API(status = API.Status.EXPERIMENTAL)
public final class InMemoryErasureKeys implements ErasureKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final ConcurrentMap<String, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public byte[] obtain(String scope) {
        return keys.computeIfAbsent(scope, s -> {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            return key;
        }).clone();
    }

    @Override
    public Optional<byte[]> find(String scope) {
        return Optional.ofNullable(keys.get(scope)).map(byte[]::clone);
    }

    @Override
    public boolean destroy(String scope) {
        byte[] gone = keys.remove(scope);
        if (gone != null) {
            Arrays.fill(gone, (byte) 0);
        }
        Erasures.keyDestroyed();
        return gone != null;
    }
}

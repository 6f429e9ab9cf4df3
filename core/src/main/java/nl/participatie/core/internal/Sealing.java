package nl.participatie.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import nl.participatie.core.API;
import nl.participatie.core.trust.ErasureKeys;

/**
 * The encryption of erasable values (crypto-shredding), with the JDK only. The data key is derived from every named
 * key with HMAC-SHA256 (the first key as the MAC key, the others as input), so destroying any one of them makes the
 * data key underivable; the value is sealed with AES-256-GCM under a random 96-bit nonce, with the key names as
 * associated data, so a ciphertext cannot be moved under other names.
 */
@API(status = API.Status.INTERNAL)
public final class Sealing {

    /** Version label of the derivation; part of every derived key. */
    private static final byte[] LABEL = "participatie-erasable-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    // Looking a cipher up in the JDK's providers costs more than using it on a short text: one per thread, re-keyed.
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 and AES-GCM are part of every JDK", e);
        }
    }

    private Sealing() {
    }

    /**
     * A sealed value as stored: the names of its keys, its nonce and its ciphertext (with the GCM tag), both in
     * Base64.
     */
    public record Sealed(List<String> keys, String nonce, String data) {
        public Sealed {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a sealed value names at least one key");
            }
        }
    }

    /** Seals {@code plain} under the named keys, creating keys that do not exist yet. */
    public static Sealed seal(ErasureKeys store, List<String> scopes, byte[] plain) {
        List<byte[]> keys = new ArrayList<>();
        for (String scope : scopes) {
            keys.add(store.obtain(scope));
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, derive(keys), nonce, scopes);
            Base64.Encoder b64 = Base64.getEncoder();
            return new Sealed(scopes, b64.encodeToString(nonce), b64.encodeToString(cipher.doFinal(plain)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * Opens a sealed value: empty when any of its keys is gone (erased), or when the ciphertext does not open under
     * them (it was altered; the audit chain reports that).
     */
    public static Optional<byte[]> open(ErasureKeys store, Sealed sealed) {
        if (store == null) {
            return Optional.empty();
        }
        List<byte[]> keys = new ArrayList<>();
        for (String scope : sealed.keys()) {
            Optional<byte[]> key = store.find(scope);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            keys.add(key.get());
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, derive(keys), b64.decode(sealed.nonce()), sealed.keys());
            return Optional.of(cipher.doFinal(b64.decode(sealed.data())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(List<byte[]> keys) throws GeneralSecurityException {
        Mac mac = MACS.get();
        mac.init(new SecretKeySpec(keys.get(0), "HmacSHA256"));
        mac.update(LABEL);
        for (int i = 1; i < keys.size(); i++) {
            mac.update(keys.get(i));
        }
        return mac.doFinal();
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, List<String> scopes) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(String.join("\n", scopes).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

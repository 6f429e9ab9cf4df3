package nl.participatie.core;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The canonical bytes of a record (<i>canonieke vorm</i>): what its hash was computed over, kept with the record that
 * {@link AuditTrail#record} made, so that {@link AuditTrail#verify} hashes these bytes instead of writing the record
 * again. Immutable: it never hands out its own array.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CanonicalBytes {

    private final byte[] bytes;

    private CanonicalBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Takes the array the audit trail just wrote; nobody else holds it. */
    static CanonicalBytes owning(byte[] bytes) {
        return new CanonicalBytes(bytes);
    }

    /** A copy of the given bytes, e.g. as a store read them back. */
    public static CanonicalBytes copyOf(byte[] bytes) {
        return new CanonicalBytes(bytes.clone());
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** The digest of the bytes, without copying them. */
    byte[] digest(MessageDigest digest) {
        return digest.digest(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalBytes c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CanonicalBytes[" + bytes.length + " bytes]";
    }
}

package nl.participatie.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.link.RecordReference;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * The audit trail of an instance (<i>verantwoording</i>, <i>controlespoor</i>): every recorded event carries a
 * SHA-256 hash over its canonical JSON and the hash before it. {@link #verify} recomputes the chain and names the
 * first entry that does not match (hashing the canonical bytes a record carries, {@link RecordedEvent#canonical()},
 * and writing them again only for a record without them), so an entry altered, removed or inserted without
 * recomputing the hashes after it is found. Someone who can write the store can recompute them; signed checkpoints
 * ({@link nl.participatie.core.trust.Checkpoints}) find that too (see {@code core/TRUST.md}).
 */
@API(status = API.Status.STABLE)
public final class AuditTrail {

    /** The previous hash of the first entry of every stream: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    private final EventFormat format;

    /** An audit trail that hashes with the given format's canonical bytes. */
    public AuditTrail(EventFormat format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Records an event: builds the entry after {@code previous} (or the first of the stream when {@code null})
     * and computes its hash. The time is truncated to microseconds, which every supported database keeps.
     */
    public <E> RecordedEvent<E> record(StreamId stream, RecordedEvent<?> previous, Instant at, Actor actor, String step, E event) {
        return record(stream, previous, at, actor, step, event, null);
    }

    /**
     * Records an event caused by a record of another stream: as {@link #record(StreamId, RecordedEvent, Instant, Actor,
     * String, Object)}, with the cause ({@code null} for none) in what the hash covers.
     */
    public <E> RecordedEvent<E> record(StreamId stream, RecordedEvent<?> previous, Instant at, Actor actor, String step, E event,
                                       RecordReference cause) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        RecordedEvent<E> unhashed = new RecordedEvent<>(stream, sequence, at.truncatedTo(ChronoUnit.MICROS), actor, step,
                event, previousHash, "", cause);
        // One encoding: the bytes hashed here go with the record, to be hashed again (not written again) by verify.
        CanonicalBytes canonical = CanonicalBytes.owning(format.canonicalBytes(unhashed));
        return new RecordedEvent<>(unhashed.stream(), sequence, unhashed.recordedAt(), actor, step, event, previousHash,
                hex(canonical.digest(SHA256.get())), cause, canonical);
    }

    /** The hash an entry should have: SHA-256 over its canonical bytes, which include the previous hash. */
    public String hash(RecordedEvent<?> record) {
        return hex(SHA256.get().digest(format.canonicalBytes(record)));
    }

    /**
     * Checks a whole history of one stream: sequence from 1 without gaps, one stream, each previous hash equal to
     * the hash before it and each hash equal to the recomputed one.
     */
    public Verification verify(List<? extends RecordedEvent<?>> history) {
        String expectedPrevious = GENESIS;
        StreamId stream = history.isEmpty() ? null : history.get(0).stream();
        long expectedSequence = 1;
        for (RecordedEvent<?> record : history) {
            // Report the position in the history, never the sequence the (possibly altered) record claims.
            long position = expectedSequence;
            if (!record.stream().equals(stream)) {
                return Verification.broken(position, "entry belongs to stream " + record.stream() + ", not " + stream);
            }
            if (record.sequence() != expectedSequence) {
                return Verification.broken(position, "entry claims sequence " + record.sequence());
            }
            if (!record.previousHash().equals(expectedPrevious)) {
                return Verification.broken(position, "previous hash does not match the entry before");
            }
            if (!hashMatches(record)) {
                return Verification.broken(position, "hash does not match the content");
            }
            expectedPrevious = record.hash();
            expectedSequence++;
        }
        return Verification.VALID;
    }

    /**
     * Whether the record's hash is SHA-256 over its canonical bytes: the bytes it carries when it has them (as recorded,
     * or as a store kept them), otherwise the bytes written again from its fields. Compared without building the hex.
     */
    private boolean hashMatches(RecordedEvent<?> record) {
        byte[] digest = record.canonical() != null ? record.canonical().digest(SHA256.get())
                : SHA256.get().digest(format.canonicalBytes(record));
        String expected = record.hash();
        if (expected.length() != digest.length * 2) {
            return false;
        }
        for (int i = 0; i < digest.length; i++) {
            if (expected.charAt(2 * i) != HEX[(digest[i] >> 4) & 0xf] || expected.charAt(2 * i + 1) != HEX[digest[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case hex of bytes. */
    static String hex(byte[] bytes) {
        // Latin-1 bytes: the string takes them as they are, where a char[] would be compressed into a second array.
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = (byte) HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = (byte) HEX[bytes[i] & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }


    /**
     * The result of verifying a history (<i>controle-uitkomst</i>).
     *
     * @param valid         whether the whole chain matches
     * @param firstBroken   the position (from 1) of the first entry that does not match; 0 when valid
     * @param reason        why it does not match; empty when valid
     */
    public record Verification(boolean valid, long firstBroken, String reason) {
        /** The verification of a sound chain. */
        public static final Verification VALID = new Verification(true, 0, "");

        static Verification broken(long sequence, String reason) {
            return new Verification(false, sequence, reason);
        }
    }
}

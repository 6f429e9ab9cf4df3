package nl.participatie.core.trust;

import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.StoreIntegrityException;
import nl.participatie.core.value.StreamId;

/**
 * Taking signed checkpoints of a store and checking a store against them (<i>ijkpunten</i>). The vendor's scheduler
 * calls {@link #take} (say nightly) and publishes the checkpoint's text and its heads outside the database; an
 * auditor later calls {@link #verify} with the municipality's public key. A database administrator who rewrites a
 * stream and recomputes every hash is found, because the stream no longer leads to the head the checkpoint signed.
 *
 * <pre>{@code
 * Checkpoints.Taken taken = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente-2026", privateKey), clock);
 * publish(taken.checkpoint().toText(), StreamHead.toText(taken.heads()));
 * // later, anywhere:
 * List<Checkpoints.Finding> findings = Checkpoints.verify(store, format, checkpoint, heads, publicKey);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Checkpoints {

    private Checkpoints() {
    }

    /**
     * A checkpoint and the heads it covers; keep both outside the database.
     *
     * @param checkpoint the signed checkpoint
     * @param heads      the heads, in leaf order: to locate a finding and to give a resident an inclusion proof
     */
    public record Taken(Checkpoint checkpoint, List<StreamHead> heads) {
        public Taken {
            Objects.requireNonNull(checkpoint, "checkpoint");
            heads = List.copyOf(heads);
        }
    }

    /** What a check against a checkpoint found wrong (<i>bevinding</i>). */
    public enum Kind {
        /** The checkpoint's signature is not the given key's: it was forged or altered. */
        FORGED_CHECKPOINT,
        /** The heads given with the checkpoint do not lead to its signed root: the heads file was altered. */
        HEADS_NOT_SIGNED,
        /** The stream is gone from the store. */
        STREAM_DELETED,
        /** The stream holds fewer records than the checkpoint signed. */
        STREAM_TRUNCATED,
        /**
         * A record of the stream was changed, reordered or replaced; its hash chain breaks at the sequence. Without a
         * stream: the feed cannot read a changed row after the position before {@code sequence}.
         */
        RECORD_CHANGED,
        /** The stream's chain is intact but no longer leads to the signed head: rewritten with recomputed hashes. */
        STREAM_REWRITTEN,
        /** The global feed skips a position. */
        FEED_GAP
    }

    /**
     * One thing found wrong, where.
     *
     * @param kind     what
     * @param stream   which stream ({@code null} for the checkpoint itself or the feed)
     * @param sequence which record of the stream, or which feed position for a gap or a row the feed cannot read; 0 when
     *                 not about one record
     * @param detail   in words, for the auditor
     */
    public record Finding(Kind kind, StreamId stream, long sequence, String detail) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Reads the store's heads consistently and signs a checkpoint over them at the clock's moment. */
    public static Taken take(EventStore store, CheckpointSigner signer, Clock clock) {
        StoreHeads heads = store.heads();
        Checkpoint checkpoint = Checkpoint.take(heads.heads(), heads.feedPosition(), clock.instant(), signer);
        return new Taken(checkpoint, heads.heads());
    }

    /**
     * Checks the store against a checkpoint: the signature, the heads against the signed root, and for every stream
     * the checkpoint covered that it still holds the signed head and an intact chain up to it; on a JDBC store whose
     * feed positions are consecutive (H2) also that the feed has no gap up to the checkpoint's position. Streams begun after the checkpoint are not its
     * concern. An empty list means the store holds everything the checkpoint signed, unchanged.
     *
     * @param format the event format the store's records were hashed with (the engine's)
     */
    public static List<Finding> verify(EventStore store, EventFormat format, Checkpoint checkpoint, List<StreamHead> heads,
                                       PublicKey key) {
        List<Finding> findings = new ArrayList<>();
        if (!checkpoint.isSignedBy(key)) {
            findings.add(new Finding(Kind.FORGED_CHECKPOINT, null, 0, "the signature of checkpoint " + checkpoint.at()
                    + " is not key " + checkpoint.keyId() + "'s"));
            return findings;
        }
        List<StreamHead> sorted = Checkpoint.sorted(heads);
        String root = HexFormat.of().formatHex(MerkleTree.root(sorted.stream().map(StreamHead::leafHash).toList()));
        if (sorted.size() != checkpoint.streams() || !root.equals(checkpoint.root())) {
            findings.add(new Finding(Kind.HEADS_NOT_SIGNED, null, 0, "the " + sorted.size()
                    + " heads given do not lead to the root the checkpoint of " + checkpoint.at() + " signed"));
            return findings;
        }
        AuditTrail trail = new AuditTrail(format);
        for (StreamHead head : sorted) {
            verifyStream(store, trail, head).ifPresent(findings::add);
        }
        if (store instanceof JdbcEventStore jdbc && jdbc.feedPositionsConsecutive()) {
            // Only where positions are consecutive (H2) does a missing number mean a missing event; on PostgreSQL a
            // deleted record is found by its stream's chain above.
            findFeedGap(jdbc, checkpoint.feedPosition()).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> verifyStream(EventStore store, AuditTrail trail, StreamHead head) {
        StreamId stream = head.stream();
        var stored = store.readStored(stream);
        List<RecordedEvent<?>> history = stored.readable();
        if (history.isEmpty() && stored.isComplete()) {
            return Optional.of(new Finding(Kind.STREAM_DELETED, stream, 1, stream + " is gone; the checkpoint signed "
                    + head.version() + " records"));
        }
        AuditTrail.Verification chain = trail.verify(history);
        if (!stored.isComplete()) {
            return Optional.of(new Finding(Kind.RECORD_CHANGED, stream, stored.unreadableSequence(), stored.unreadableReason()));
        }
        if (!chain.valid() && chain.firstBroken() <= head.version()) {
            return Optional.of(new Finding(Kind.RECORD_CHANGED, stream, chain.firstBroken(), chain.reason()));
        }
        if (history.size() < head.version()) {
            return Optional.of(new Finding(Kind.STREAM_TRUNCATED, stream, history.size() + 1, stream + " holds "
                    + history.size() + " records; the checkpoint signed " + head.version()));
        }
        RecordedEvent<?> signed = history.get((int) head.version() - 1);
        if (signed.sequence() != head.version() || !signed.hash().equals(head.hash())) {
            return Optional.of(new Finding(Kind.STREAM_REWRITTEN, stream, head.version(), "record "
                    + head.version() + " of " + stream + " is not the one the checkpoint signed"));
        }
        return Optional.empty();
    }

    private static Optional<Finding> findFeedGap(JdbcEventStore store, long upTo) {
        long expected = 1;
        while (expected <= upTo) {
            List<FeedEntry> page;
            try {
                page = store.readAll(expected - 1, 1000);
            } catch (StoreIntegrityException unreadable) {
                // A changed row the feed cannot read past: its stream's check names it; the gap check ends here.
                return Optional.of(new Finding(Kind.RECORD_CHANGED, null, expected, "the feed cannot be read after"
                        + " position " + (expected - 1) + ": " + unreadable.getMessage()));
            }
            if (page.isEmpty()) {
                return Optional.of(new Finding(Kind.FEED_GAP, null, expected, "the feed ends at " + (expected - 1)
                        + "; the checkpoint signed position " + upTo));
            }
            for (FeedEntry entry : page) {
                if (entry.position() > upTo) {
                    return Optional.empty();
                }
                if (entry.position() != expected) {
                    return Optional.of(new Finding(Kind.FEED_GAP, null, expected, "the feed skips from "
                            + (expected - 1) + " to " + entry.position()));
                }
                expected++;
            }
        }
        return Optional.empty();
    }
}

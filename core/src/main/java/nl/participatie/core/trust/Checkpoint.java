package nl.participatie.core.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;

/**
 * A signed checkpoint (<i>ondertekend ijkpunt</i>): the Merkle root over the heads of all streams and the feed
 * position at a moment, signed with a key outside the database. Published outside the database (a file, the
 * council's archive, a public page), it lets anyone later prove that no stream was rewritten, truncated or deleted
 * since, even by someone who could recompute every hash in the database.
 *
 * <p>Its text form ({@link #toText()}, read back with {@link #parse}) is what gets published: lines of
 * {@code key: value}, the signature over every line before it.
 *
 * @param at           when it was taken
 * @param feedPosition the global feed's last position then
 * @param streams      how many streams (leaves) it covers
 * @param root         the Merkle root, lower-case hex
 * @param keyId        which key signed it
 * @param signature    the signature over {@link #signedText()}, Base64
 */
@API(status = API.Status.EXPERIMENTAL)
public record Checkpoint(Instant at, long feedPosition, long streams, String root, String keyId, String signature) {

    private static final String FORMAT = "participatie-checkpoint/1";

    public Checkpoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        if (feedPosition < 0 || streams < 0) {
            throw new IllegalArgumentException("a checkpoint's feed position and stream count are not negative");
        }
        if (!root.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a checkpoint's root is 64 lower-case hex digits");
        }
        if (keyId.isBlank() || keyId.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint's key id is one line of text");
        }
    }

    /**
     * Takes a checkpoint over the given heads (in any order; a stream at most once) and signs it.
     *
     * @throws IllegalArgumentException when a stream occurs twice
     */
    public static Checkpoint take(List<StreamHead> heads, long feedPosition, Instant at, CheckpointSigner signer) {
        List<StreamHead> sorted = sorted(heads);
        String root = HexFormat.of().formatHex(MerkleTree.root(sorted.stream().map(StreamHead::leafHash).toList()));
        String unsigned = signedText(at, feedPosition, sorted.size(), root, signer.keyId());
        String signature = Base64.getEncoder().encodeToString(signer.sign(unsigned.getBytes(StandardCharsets.UTF_8)));
        return new Checkpoint(at, feedPosition, sorted.size(), root, signer.keyId(), signature);
    }

    /** The heads in the order of the checkpoint's leaves; a stream twice is refused. */
    static List<StreamHead> sorted(List<StreamHead> heads) {
        List<StreamHead> sorted = new ArrayList<>(heads);
        sorted.sort(StreamHead.ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).stream().equals(sorted.get(i - 1).stream())) {
                throw new IllegalArgumentException("stream " + sorted.get(i).stream() + " has two heads");
            }
        }
        return sorted;
    }

    /** The text the signature covers. */
    public String signedText() {
        return signedText(at, feedPosition, streams, root, keyId);
    }

    private static String signedText(Instant at, long feedPosition, long streams, String root, String keyId) {
        return FORMAT + "\nat: " + at + "\nfeed-position: " + feedPosition + "\nstreams: " + streams + "\nroot: " + root
                + "\nkey: " + keyId + "\n";
    }

    /** Whether the signature is the given Ed25519 public key's over this checkpoint. */
    public boolean isSignedBy(PublicKey key) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(signedText().getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The text to publish. */
    public String toText() {
        return signedText() + "signature: " + signature + "\n";
    }

    /**
     * Reads a published checkpoint.
     *
     * @throws IllegalArgumentException naming the line that is not as {@link #toText()} writes it
     */
    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 7 || !FORMAT.equals(lines[0])) {
            throw new IllegalArgumentException("not a checkpoint: the first line must be " + FORMAT);
        }
        try {
            return new Checkpoint(Instant.parse(value(lines, 1, "at")), Long.parseLong(value(lines, 2, "feed-position")),
                    Long.parseLong(value(lines, 3, "streams")), value(lines, 4, "root"), value(lines, 5, "key"),
                    value(lines, 6, "signature"));
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a checkpoint: " + e.getMessage(), e);
        }
    }

    private static String value(String[] lines, int index, String key) {
        String prefix = key + ": ";
        if (!lines[index].startsWith(prefix)) {
            throw new IllegalArgumentException("not a checkpoint: line " + (index + 1) + " must start with '" + prefix + "'");
        }
        return lines[index].substring(prefix.length());
    }

    /** The root as bytes. */
    byte[] rootBytes() {
        return HexFormat.of().parseHex(root);
    }
}

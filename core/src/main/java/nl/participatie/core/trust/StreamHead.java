package nl.participatie.core.trust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.value.StreamId;

/**
 * Where one stream stood when a checkpoint was taken (<i>stand van een stroom</i>): its last sequence and the hash of
 * that record. A leaf of the checkpoint's Merkle tree; the hash chain of the stream ties every earlier record to it.
 *
 * @param stream  the stream
 * @param version its last sequence, from 1
 * @param hash    the hash of record {@code version}, lower-case hex
 */
@API(status = API.Status.EXPERIMENTAL)
public record StreamHead(StreamId stream, long version, String hash) {

    /** The order of the leaves: by stream type, then id. */
    public static final Comparator<StreamHead> ORDER = Comparator.comparing((StreamHead h) -> h.stream().type())
            .thenComparing(h -> h.stream().id());

    public StreamHead {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(hash, "hash");
        if (version < 1) {
            throw new IllegalArgumentException("a stream head has a version from 1, not " + version);
        }
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the head hash of " + stream + " is not 64 lower-case hex digits");
        }
    }

    /** The leaf's data: each field length-prefixed, so no two heads share a leaf. */
    public byte[] leafData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        field(out, stream.type());
        field(out, stream.id());
        field(out, Long.toString(version));
        field(out, hash);
        return out.toByteArray();
    }

    /** The leaf's hash in the checkpoint's tree. */
    public byte[] leafHash() {
        return MerkleTree.leafHash(leafData());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }

    /** The heads as text to publish beside a checkpoint: one line each, {@code type id version hash}. */
    public static String toText(List<StreamHead> heads) {
        StringBuilder out = new StringBuilder();
        for (StreamHead h : heads) {
            out.append(h.stream().type()).append(' ').append(h.stream().id()).append(' ').append(h.version()).append(' ')
                    .append(h.hash()).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads heads published with {@link #toText}.
     *
     * @throws IllegalArgumentException naming the line that is not {@code type id version hash}
     */
    public static List<StreamHead> parse(String text) {
        List<StreamHead> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(" ");
            try {
                out.add(new StreamHead(StreamId.of(f[0], f[1]), Long.parseLong(f[2]), f[3]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the heads is not 'type id version hash'", e);
            }
        }
        return out;
    }
}

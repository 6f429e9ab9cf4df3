package nl.participatie.core.trust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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
}

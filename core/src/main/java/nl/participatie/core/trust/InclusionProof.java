package nl.participatie.core.trust;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;

/**
 * Proof that one stream's head is in a published checkpoint (<i>bewijs van opname</i>), RFC 9162 style: the
 * sibling hashes from the stream's leaf up to the signed root. A resident checks that the history of their own
 * report or initiative is in the checkpoint without seeing anyone else's: the path holds hashes only.
 *
 * <pre>{@code
 * InclusionProof proof = InclusionProof.of(myHead, headsOfTheCheckpoint);   // given by the municipality
 * boolean mine = proof.verify(Checkpoint.parse(published), municipalityKey);  // checked by the resident
 * }</pre>
 *
 * @param head     the stream's head as the checkpoint covered it
 * @param index    its leaf's position in the checkpoint's tree, from 0
 * @param treeSize the number of leaves
 * @param path     the audit path, lower-case hex, leaf to root
 */
@API(status = API.Status.EXPERIMENTAL)
public record InclusionProof(StreamHead head, long index, long treeSize, List<String> path) {

    public InclusionProof {
        Objects.requireNonNull(head, "head");
        path = List.copyOf(path);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + treeSize);
        }
    }

    /**
     * The proof for {@code head} among all the heads a checkpoint was taken over.
     *
     * @throws IllegalArgumentException when the head is not among them
     */
    public static InclusionProof of(StreamHead head, List<StreamHead> heads) {
        List<StreamHead> sorted = Checkpoint.sorted(heads);
        int index = sorted.indexOf(head);
        if (index < 0) {
            throw new IllegalArgumentException("the head of " + head.stream() + " at " + head.version()
                    + " is not among the checkpoint's heads");
        }
        List<byte[]> leaves = new ArrayList<>(sorted.size());
        for (StreamHead h : sorted) {
            leaves.add(h.leafHash());
        }
        List<String> path = MerkleTree.inclusionProof(index, leaves).stream().map(HexFormat.of()::formatHex).toList();
        return new InclusionProof(head, index, sorted.size(), path);
    }

    /** Whether the checkpoint is signed by {@code key}, covers a tree of this size, and the path leads to its root. */
    public boolean verify(Checkpoint checkpoint, PublicKey key) {
        if (!checkpoint.isSignedBy(key) || checkpoint.streams() != treeSize) {
            return false;
        }
        List<byte[]> hashes = new ArrayList<>(path.size());
        for (String p : path) {
            if (!p.matches("[0-9a-f]{64}")) {
                return false;
            }
            hashes.add(HexFormat.of().parseHex(p));
        }
        return MerkleTree.verifyInclusion(index, treeSize, head.leafHash(), hashes, checkpoint.rootBytes());
    }
}

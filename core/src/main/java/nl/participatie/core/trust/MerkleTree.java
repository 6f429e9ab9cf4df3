package nl.participatie.core.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1) over SHA-256 (<i>hashboom</i>): a leaf's hash is
 * {@code SHA-256(0x00 || data)}, a node's {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at
 * the largest power of two below n. A checkpoint signs the root; an inclusion proof lets one resident check that the
 * head of their own stream is under that root without seeing any other leaf.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MerkleTree {

    private MerkleTree() {
    }

    /** The hash of a leaf's data. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(data);
        return sha.digest();
    }

    /** The hash of an inner node. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** The root over the given leaf hashes, in order; the hash of the empty string for no leaves (RFC 9162). */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return sha256().digest();
        }
        return root(leafHashes, 0, leafHashes.size());
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** The audit path of the leaf at {@code index}: the sibling hashes from the leaf up to the root (RFC 9162 §2.1.3.1). */
    public static List<byte[]> inclusionProof(int index, List<byte[]> leafHashes) {
        Objects.checkIndex(index, leafHashes.size());
        List<byte[]> path = new ArrayList<>();
        path(index, leafHashes, 0, leafHashes.size(), path);
        return List.copyOf(path);
    }

    private static void path(int index, List<byte[]> leaves, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index < k) {
            path(index, leaves, from, from + k, out);
            out.add(root(leaves, from + k, to));
        } else {
            path(index - k, leaves, from + k, to, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /**
     * Whether {@code leafHash} is the leaf at {@code index} of a tree of {@code size} leaves with this {@code root},
     * by the audit path (the verification algorithm of RFC 9162 §2.1.3.2).
     */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package nl.participatie.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import nl.participatie.core.value.StreamId;

/** Signed checkpoints and inclusion proofs: what verifies, and what a forger or a rewrite cannot get past. */
class CheckpointTest {

    private static final KeyPair MUNICIPALITY = CheckpointSigner.newEd25519KeyPair();
    private static final KeyPair SOMEONE_ELSE = CheckpointSigner.newEd25519KeyPair();
    private static final Instant AT = Instant.parse("2026-11-29T02:00:00Z");

    private static String hex(String seed) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<StreamHead> heads(int n) throws Exception {
        List<StreamHead> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StreamHead(StreamId.of("buurtschouw.report", "r-" + i), 1 + i % 5, hex("record " + i)));
        }
        return out;
    }

    private static Checkpoint take(List<StreamHead> heads) {
        return Checkpoint.take(heads, 1234, AT, CheckpointSigner.ed25519("gemeente-2026", MUNICIPALITY.getPrivate()));
    }

    @Test
    void aCheckpointIsSignedByTheMunicipalitysKeyAndNoOther() throws Exception {
        Checkpoint checkpoint = take(heads(10));
        assertThat(checkpoint.isSignedBy(MUNICIPALITY.getPublic())).isTrue();
        assertThat(checkpoint.isSignedBy(SOMEONE_ELSE.getPublic())).isFalse();
    }

    @Test
    void aCheckpointSignedWithTheWrongKeyIsAForgery() throws Exception {
        Checkpoint forged = Checkpoint.take(heads(10), 1234, AT, CheckpointSigner.ed25519("gemeente-2026", SOMEONE_ELSE.getPrivate()));
        assertThat(forged.isSignedBy(MUNICIPALITY.getPublic())).isFalse();
    }

    @Test
    void changingAnyPublishedFieldBreaksTheSignature() throws Exception {
        Checkpoint checkpoint = take(heads(10));
        Checkpoint otherRoot = new Checkpoint(AT, 1234, 10, hex("another root"), checkpoint.keyId(), checkpoint.signature());
        Checkpoint otherPosition = new Checkpoint(AT, 1233, 10, checkpoint.root(), checkpoint.keyId(), checkpoint.signature());
        assertThat(otherRoot.isSignedBy(MUNICIPALITY.getPublic())).isFalse();
        assertThat(otherPosition.isSignedBy(MUNICIPALITY.getPublic())).isFalse();
    }

    @Test
    void theRootChangesWhenAStreamIsRewrittenTruncatedOrDeleted() throws Exception {
        List<StreamHead> heads = heads(10);
        String root = take(heads).root();
        List<StreamHead> rewritten = new ArrayList<>(heads);
        rewritten.set(3, new StreamHead(heads.get(3).stream(), heads.get(3).version(), hex("rewritten")));
        List<StreamHead> truncated = new ArrayList<>(heads);
        truncated.set(4, new StreamHead(heads.get(4).stream(), heads.get(4).version() + 1, heads.get(4).hash()));
        List<StreamHead> deleted = new ArrayList<>(heads.subList(1, heads.size()));
        assertThat(take(rewritten).root()).isNotEqualTo(root);
        assertThat(take(truncated).root()).isNotEqualTo(root);
        assertThat(take(deleted).root()).isNotEqualTo(root);
    }

    @Test
    void thePublishedTextReadsBackToTheSameCheckpoint() throws Exception {
        Checkpoint checkpoint = take(heads(3));
        Checkpoint read = Checkpoint.parse(checkpoint.toText());
        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.isSignedBy(MUNICIPALITY.getPublic())).isTrue();
        assertThatThrownBy(() -> Checkpoint.parse(checkpoint.toText().replace("feed-position", "position")))
                .hasMessageContaining("line 3 must start with 'feed-position: '");
    }

    @Test
    void aStreamWithTwoHeadsIsRefused() throws Exception {
        List<StreamHead> twice = new ArrayList<>(heads(2));
        twice.add(new StreamHead(twice.get(0).stream(), 9, hex("x")));
        assertThatThrownBy(() -> take(twice)).hasMessageContaining("has two heads");
    }

    @Property(tries = 60)
    void everyResidentCanProveTheirStreamIsInTheCheckpointAndNoOtherHeadPasses(@ForAll @IntRange(min = 1, max = 70) int streams,
                                                                              @ForAll @IntRange(min = 0, max = 69) int pick) throws Exception {
        List<StreamHead> heads = heads(streams);
        Checkpoint checkpoint = take(heads);
        StreamHead mine = heads.get(pick % streams);
        InclusionProof proof = InclusionProof.of(mine, heads);
        assertThat(proof.verify(checkpoint, MUNICIPALITY.getPublic())).isTrue();

        StreamHead rewritten = new StreamHead(mine.stream(), mine.version(), hex("rewritten " + pick));
        InclusionProof lie = new InclusionProof(rewritten, proof.index(), proof.treeSize(), proof.path());
        assertThat(lie.verify(checkpoint, MUNICIPALITY.getPublic())).isFalse();
        assertThat(proof.verify(checkpoint, SOMEONE_ELSE.getPublic())).isFalse();
    }

    @Test
    void theTreeIsRfc9162s() {
        // RFC 9162: the root of the empty tree is SHA-256 of nothing; one leaf's root is its leaf hash.
        assertThat(HexFormat.of().formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] leaf = MerkleTree.leafHash(new byte[0]);
        assertThat(HexFormat.of().formatHex(leaf)).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(MerkleTree.root(List.of(leaf))).isEqualTo(leaf);
        assertThat(MerkleTree.root(List.of(leaf, leaf))).isEqualTo(MerkleTree.nodeHash(leaf, leaf));
    }
}

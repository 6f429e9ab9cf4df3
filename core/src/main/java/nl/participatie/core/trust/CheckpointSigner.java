package nl.participatie.core.trust;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

import nl.participatie.core.API;

/**
 * Signs checkpoints with a key that is not in the database (<i>ondertekenaar</i>): a file, a KeyStore entry or the
 * vendor's key service behind this interface. Someone who can rewrite the database cannot forge a checkpoint.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface CheckpointSigner {

    /** Names the key, so a verifier picks the right public key (e.g. {@code "gemeente-utrecht-2026"}). */
    String keyId();

    /** The signature over the message. */
    byte[] sign(byte[] message);

    /** An Ed25519 signer over a private key from the JDK (a file, a KeyStore). */
    static CheckpointSigner ed25519(String keyId, PrivateKey key) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(key, "key");
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("checkpoints are signed with Ed25519, not " + key.getAlgorithm());
        }
        return new CheckpointSigner() {
            @Override
            public String keyId() {
                return keyId;
            }

            @Override
            public byte[] sign(byte[] message) {
                try {
                    Signature s = Signature.getInstance("Ed25519");
                    s.initSign(key);
                    s.update(message);
                    return s.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Cannot sign with Ed25519 key " + keyId, e);
                }
            }
        };
    }

    /** A new Ed25519 key pair from the JDK, e.g. for a test or to create the municipality's key once. */
    static KeyPair newEd25519KeyPair() {
        try {
            return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }
}

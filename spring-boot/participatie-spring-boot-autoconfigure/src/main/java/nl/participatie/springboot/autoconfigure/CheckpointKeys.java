package nl.participatie.springboot.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.springframework.core.io.Resource;

import nl.participatie.core.trust.CheckpointSigner;

/** The signer of checkpoints from the settings: a key id and an Ed25519 private key in PKCS#8 PEM. */
final class CheckpointKeys {

    private static final String SETTINGS = "participatie.scheduling.checkpoints.key-id and "
            + "participatie.scheduling.checkpoints.private-key";

    private CheckpointKeys() {
    }

    static CheckpointSigner signer(String keyId, Resource privateKey) {
        if (keyId == null || keyId.isBlank() || privateKey == null) {
            throw new CheckpointSettingsException("Scheduled checkpoints are on "
                    + "(participatie.scheduling.checkpoints.enabled=true), but no key to sign them is configured.",
                    "Set " + SETTINGS + " (an Ed25519 private key in PKCS#8 PEM, kept outside the database, e.g. "
                            + "file:/run/secrets/checkpoint.pem), or define a CheckpointSigner bean.", null);
        }
        String pem;
        try {
            pem = privateKey.getContentAsString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new CheckpointSettingsException("The checkpoint signing key " + privateKey.getDescription()
                    + " cannot be read.", "Point participatie.scheduling.checkpoints.private-key at a readable file.", e);
        }
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return CheckpointSigner.ed25519(keyId, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CheckpointSettingsException("The checkpoint signing key " + privateKey.getDescription()
                    + " is not an Ed25519 private key in PKCS#8 PEM.",
                    "Create one with: openssl genpkey -algorithm ed25519 -out checkpoint.pem", e);
        }
    }
}

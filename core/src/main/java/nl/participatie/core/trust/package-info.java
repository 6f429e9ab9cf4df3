/**
 * Trust beyond the database (<i>vertrouwen</i>): signed checkpoints over the heads of all streams, the Merkle tree
 * of RFC 9162 under them, and inclusion proofs a resident can check. Signing and verification use only the JDK
 * (SHA-256, Ed25519).
 */
package nl.participatie.core.trust;

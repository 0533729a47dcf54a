package io.jmcp.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A salted SHA-256 hash of a token, written {@code sha256:<salt base64>:<digest base64>}.
 * Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
 */
final class TokenHash {

    private static final String ALGORITHM_TAG = "sha256";
    private static final int SALT_BYTES = 16;
    private static final int MIN_SALT_BYTES = 8;
    private static final int DIGEST_BYTES = 32;

    private final byte[] salt;
    private final byte[] digest;

    private TokenHash(byte[] salt, byte[] digest) {
        this.salt = salt;
        this.digest = digest;
    }

    static TokenHash of(String token, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new TokenHash(salt, digest(salt, token.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads the encoded form.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static TokenHash parse(String encoded) {
        String[] parts = encoded.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(ALGORITHM_TAG)) {
            throw new IllegalArgumentException("expected " + ALGORITHM_TAG + ":<salt base64>:<digest base64>");
        }
        byte[] salt = decode(parts[1], "salt");
        byte[] digest = decode(parts[2], "digest");
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("the salt has " + salt.length + " bytes, at least " + MIN_SALT_BYTES + " are needed");
        }
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("the digest has " + digest.length + " bytes, a SHA-256 digest has " + DIGEST_BYTES);
        }
        return new TokenHash(salt, digest);
    }

    /** Compares in time that depends only on the lengths involved, never on where the bytes differ. */
    boolean matches(byte[] presentedToken) {
        return MessageDigest.isEqual(digest, digest(salt, presentedToken));
    }

    String encoded() {
        Base64.Encoder encoder = Base64.getEncoder();
        return ALGORITHM_TAG + ":" + encoder.encodeToString(salt) + ":" + encoder.encodeToString(digest);
    }

    private static byte[] decode(String base64, String part) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + part + " is not valid base64", e);
        }
    }

    private static byte[] digest(byte[] salt, byte[] token) {
        MessageDigest sha256 = newSha256();
        sha256.update(salt);
        return sha256.digest(token);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

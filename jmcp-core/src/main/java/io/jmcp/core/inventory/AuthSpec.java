package io.jmcp.core.inventory;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to log in to a device: a password from some {@link SecretRef}, or a private key file with
 * an optional passphrase. {@link #toString()} shows where secrets come from, never their values.
 *
 * @param password   the password source; only for {@link AuthType#PASSWORD}
 * @param privateKey the absolute key path; only for {@link AuthType#SSH_KEY}
 * @param passphrase the key's passphrase source, or null; only for {@link AuthType#SSH_KEY}
 */
public record AuthSpec(AuthType type, SecretRef password, Path privateKey, SecretRef passphrase) {

    public AuthSpec {
        Objects.requireNonNull(type, "type");
        if (type == AuthType.PASSWORD && (password == null || privateKey != null || passphrase != null)) {
            throw new IllegalArgumentException("password auth takes a password source and nothing else");
        }
        if (type == AuthType.SSH_KEY && (privateKey == null || password != null)) {
            throw new IllegalArgumentException("ssh_key auth takes a private key path and an optional passphrase");
        }
    }

    public static AuthSpec password(SecretRef password) {
        return new AuthSpec(AuthType.PASSWORD, password, null, null);
    }

    /** Key authentication; {@code passphrase} may be null for an unencrypted key. */
    public static AuthSpec sshKey(Path privateKey, SecretRef passphrase) {
        return new AuthSpec(AuthType.SSH_KEY, null, privateKey.toAbsolutePath().normalize(), passphrase);
    }

    @Override
    public String toString() {
        return switch (type) {
            case PASSWORD -> "password (" + password.describe() + ")";
            case SSH_KEY -> "ssh_key " + privateKey
                    + (passphrase == null ? "" : " with passphrase (" + passphrase.describe() + ")");
        };
    }
}

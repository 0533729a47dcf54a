package io.jmcp.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * A login of a simulated device: a password, authorized public keys, or both.
 *
 * @param name           the user name
 * @param password       the password, or null when the user logs in with keys only
 * @param authorizedKeys public keys accepted for this user (possibly none)
 */
public record UserAccount(String name, String password, List<PublicKey> authorizedKeys) {

    public UserAccount {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("user name must not be blank");
        }
        authorizedKeys = List.copyOf(authorizedKeys);
        if (password == null && authorizedKeys.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " needs a password or an authorized key");
        }
    }

    public static UserAccount withPassword(String name, String password) {
        return new UserAccount(name, Objects.requireNonNull(password, "password"), List.of());
    }

    public static UserAccount withKeys(String name, List<PublicKey> authorizedKeys) {
        return new UserAccount(name, null, authorizedKeys);
    }

    /**
     * The public keys of an OpenSSH {@code authorized_keys} (or {@code .pub}) file.
     *
     * @throws IllegalArgumentException when the file holds no key or a key that cannot be read
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<PublicKey> authorizedKeysFrom(Path file) {
        List<PublicKey> keys;
        try {
            keys = PublicKeyEntry.resolvePublicKeyEntries(null, AuthorizedKeyEntry.readAuthorizedKeys(file),
                    PublicKeyEntryResolver.FAILING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read authorized keys from " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the public keys in " + file + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no public key");
        }
        return keys;
    }

    public Optional<String> passwordIfAny() {
        return Optional.ofNullable(password);
    }

    /** Constant-time comparison, so the simulator models a device that does not leak timing. */
    public boolean acceptsPassword(String candidate) {
        return password != null && candidate != null
                && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                        candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares key material, not objects: the same key may arrive from different security providers. */
    public boolean acceptsKey(PublicKey key) {
        return authorizedKeys.stream().anyMatch(authorized -> KeyUtils.compareKeys(authorized, key));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "UserAccount[" + name + (password != null ? ", password" : "") + ", " + authorizedKeys.size() + " keys]";
    }
}

package io.jmcp.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Whether a file add_device is given holds an SSH private key that jmcp can log in with: parsed
 * by Apache MINA SSHD (OpenSSH, PEM or PKCS#8; RSA, ECDSA or Ed25519), as the connection will.
 * Nothing of the file's content is ever put in a message: a path such as /etc/shadow must not
 * turn add_device into a way to read files.
 */
final class SshPrivateKeyFile {
    /** Far larger than any private key; a bigger file is not read. */
    static final long MAX_BYTES = 64 * 1024;

    private SshPrivateKeyFile() {
    }

    /** What makes {@code file} unusable as a private key, phrased to follow "'file' ", or empty. */
    static Optional<String> problem(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.of("is larger than any SSH private key (" + MAX_BYTES / 1024 + " KiB at most)");
            }
        } catch (IOException unreadable) {
            return Optional.of("cannot be read by the server");
        }
        AtomicBoolean encrypted = new AtomicBoolean();
        FilePasswordProvider noPassphrase = (session, resource, retry) -> {
            encrypted.set(true);
            return null;
        };
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("key"), in,
                    noPassphrase);
            if (keys != null && keys.iterator().hasNext()) {
                return Optional.empty();
            }
        } catch (IOException | GeneralSecurityException | RuntimeException notAKey) {
            // Reported below, without the parser's message: it may quote the file.
        }
        return Optional.of(encrypted.get()
                ? "is an encrypted private key, and add_device cannot take its passphrase: decrypt it, or add the "
                        + "device to the devices file with its passphrase"
                : "is not an SSH private key (expected an OpenSSH, PEM or PKCS#8 private key)");
    }
}

package io.jmcp.netconf.ssh;

import io.jmcp.netconf.error.AuthenticationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads a private key file (OpenSSH or PEM; RSA, ECDSA or Ed25519; encrypted or not) before any
 * connection is made, so that a missing file or a wrong passphrase is reported as such rather
 * than as a login the device refused.
 */
final class PrivateKeys {

    private PrivateKeys() {
    }

    /**
     * @param address the device, for messages
     * @throws AuthenticationException when the file is missing, unreadable, holds no key, or the
     *                                 key is encrypted and the passphrase is missing or wrong
     */
    static List<KeyPair> load(Path file, char[] passphrase, String address) {
        RecordingPassphrase provider = new RecordingPassphrase(passphrase);
        List<KeyPair> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(
                    null, NamedResource.ofName(file.toString()), in, provider);
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
        } catch (NoSuchFileException e) {
            throw new AuthenticationException("private key file " + file + " for " + address + " does not exist");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(file, address, provider, e);
        }
        if (keys.isEmpty()) {
            throw new AuthenticationException("no private key found in " + file + " for " + address
                    + " (expected an OpenSSH or PEM private key)");
        }
        return keys;
    }

    private static AuthenticationException unreadable(Path file, String address, RecordingPassphrase provider,
            Exception cause) {
        if (provider.wasAsked && provider.passphrase == null) {
            return new AuthenticationException("private key " + file + " for " + address
                    + " is encrypted and no passphrase was given", cause);
        }
        if (provider.wasAsked) {
            return new AuthenticationException(
                    "wrong passphrase for private key " + file + " (" + address + ")", cause);
        }
        return new AuthenticationException("cannot read private key " + file + " for " + address + ": "
                + cause.getMessage(), cause);
    }

    /** Hands out the passphrase once and remembers whether the key needed one. */
    private static final class RecordingPassphrase implements FilePasswordProvider {
        private final char[] passphrase;
        private boolean wasAsked;

        RecordingPassphrase(char[] passphrase) {
            this.passphrase = passphrase;
        }

        @Override
        public String getPassword(SessionContext session, NamedResource resourceKey, int retryIndex) {
            wasAsked = true;
            return passphrase == null ? null : new String(passphrase);
        }
    }
}

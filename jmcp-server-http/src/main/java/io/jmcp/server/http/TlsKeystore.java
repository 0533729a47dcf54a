package io.jmcp.server.http;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

/**
 * The server certificate for HTTPS: a PKCS12 keystore whose password is read from an environment
 * variable, so that it appears neither on the command line nor in a file.
 */
final class TlsKeystore {

    private TlsKeystore() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong: variable unset, file unreadable, wrong
     *                                  password or not PKCS12, no private key in it
     */
    static SSLContext load(Path keystore, String passwordVariable, Map<String, String> environment) {
        String password = environment.get(passwordVariable);
        if (password == null) {
            throw new IllegalArgumentException("--tls-keystore-password-env names " + passwordVariable
                    + ", which is not set in the environment");
        }
        char[] secret = password.toCharArray();
        try {
            KeyStore store = read(keystore, secret, passwordVariable);
            if (Collections.list(store.aliases()).stream().noneMatch(alias -> isKeyEntry(store, alias))) {
                throw new IllegalArgumentException("TLS keystore " + keystore + " holds no private key and certificate");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, secret);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (UnrecoverableKeyException wrongKeyPassword) {
            throw new IllegalArgumentException("TLS keystore " + keystore + ": its key is not readable with the "
                    + "password from " + passwordVariable, wrongKeyPassword);
        } catch (GeneralSecurityException failure) {
            throw new IllegalArgumentException("TLS keystore " + keystore + " cannot be used: " + failure.getMessage(), failure);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static KeyStore read(Path keystore, char[] password, String passwordVariable) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException missing) {
            throw new IllegalArgumentException("TLS keystore " + keystore + " does not exist");
        } catch (IOException unreadable) {
            // KeyStore.load reports a wrong password as an IOException whose cause is UnrecoverableKeyException.
            String reason = unreadable.getCause() instanceof UnrecoverableKeyException
                    ? "wrong password (from " + passwordVariable + ")"
                    : "not a PKCS12 keystore or not readable (" + unreadable.getMessage() + ")";
            throw new IllegalArgumentException("TLS keystore " + keystore + ": " + reason, unreadable);
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException unreadable) {
            return false;
        }
    }
}

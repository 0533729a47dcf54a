package io.jmcp.netconf.ssh;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.internal.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientUserAuthServiceFactory;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * Opens NETCONF-over-SSH transports (RFC 6242) to devices. One connector holds one MINA
 * {@link SshClient} (daemon I/O threads) shared by all its connections, so hundreds of devices
 * cost a few threads; each connection still gets its own device's credentials, host-key policy,
 * known_hosts, keepalive and ssh_config. Thread-safe.
 */
public final class SshConnector implements AutoCloseable {
    private static final Object SHARED_LOCK = new Object();
    private static volatile SshConnector shared;
    /**
     * A password goes as "password" before "keyboard-interactive" (MINA's default order is the
     * reverse), as PyEZ and ncclient send it: one request where keyboard-interactive takes two
     * round trips and a prompt to answer, which hundreds of logins at once feel on both ends. A
     * device that refuses the password method is still tried with keyboard-interactive.
     */
    private static final String PREFERRED_AUTHENTICATIONS = "publickey,password,keyboard-interactive";

    private final SshClient client;

    private SshConnector() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new HostKeyVerifier());
        client.setHostConfigEntryResolver(new DeviceHostConfigResolver());
        // Only the keys and passwords a device's options name are offered, never the user's ~/.ssh keys.
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setFilePasswordProvider((session, key, retry) -> passphraseOf(ConnectAttempt.of(session)));
        client.setServiceFactories(List.of(ClientUserAuthServiceFactory.INSTANCE, new KeepaliveServiceFactory()));
        // Idle NETCONF sessions are for their owner (a pool) to end, not for the SSH layer.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ZERO);
        // NETCONF is request/response: with Nagle on, a reply's second segment waits for the
        // peer's delayed ACK, about 40 ms, as OpenSSH also avoids for interactive sessions.
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, PREFERRED_AUTHENTICATIONS);
        client.start();
    }

    /** A new connector with its own client; close it when done. */
    public static SshConnector create() {
        return new SshConnector();
    }

    /**
     * The connector shared by callers that bring none; replaced by a fresh one if it was closed.
     * Created under a lock: a batch's first connections arrive together, and racing to create it
     * started a client per thread only to close all but one.
     */
    public static SshConnector shared() {
        SshConnector current = shared;
        if (current != null && current.isOpen()) {
            return current;
        }
        synchronized (SHARED_LOCK) {
            if (shared == null || !shared.isOpen()) {
                shared = new SshConnector();
            }
            return shared;
        }
    }

    public boolean isOpen() {
        return client.isStarted() && client.isOpen();
    }

    /**
     * Connects, verifies the host key, logs in and prepares the {@code netconf} subsystem channel,
     * which {@link NetconfTransport#start} opens. Everything, the channel included, happens within
     * the options' connect timeout.
     *
     * @throws AuthenticationException when a key cannot be read or the device refuses the login
     * @throws io.jmcp.netconf.error.HostKeyException when the host key is unknown (strict) or changed
     * @throws NetconfTimeoutException when the connect timeout passes first
     * @throws TransportException      when the device cannot be reached
     */
    public NetconfTransport connect(DeviceOptions options) {
        if (!isOpen()) {
            throw new IllegalStateException("this SshConnector is closed");
        }
        Deadline deadline = Deadline.after(options.connectTimeout());
        List<KeyPair> keys = privateKeys(options);
        ConnectAttempt attempt = new ConnectAttempt(options, knownHosts(options));
        ClientSession session = openSession(options, attempt, deadline);
        try {
            authenticate(session, options, keys, attempt, deadline);
            return new SshNetconfTransport(session, options.address(), deadline);
        } catch (RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    /** Stops the client, closing every connection it opened. */
    @Override
    public void close() {
        client.close(true);
    }

    private ClientSession openSession(DeviceOptions options, ConnectAttempt attempt, Deadline deadline) {
        ConnectFuture connecting;
        try {
            connecting = client.connect(options.username(), options.host(), options.port(), attempt.asContext(), null);
        } catch (IOException | RuntimeException e) {
            throw SshFailures.connectionFailed(attempt, e, deadline.timeout());
        }
        if (!deadline.await(connecting, "connecting to " + options.address())) {
            connecting.cancel();
            throw timedOut("connecting to " + options.address(), deadline);
        }
        if (!connecting.isConnected()) {
            throw SshFailures.connectionFailed(attempt, connecting.getException(), deadline.timeout());
        }
        return connecting.getSession();
    }

    private static void authenticate(ClientSession session, DeviceOptions options, List<KeyPair> keys,
            ConnectAttempt attempt, Deadline deadline) {
        char[] password = options.password();
        if (password != null) {
            session.addPasswordIdentity(new String(password));
            Arrays.fill(password, '\0');
        }
        keys.forEach(session::addPublicKeyIdentity);
        AuthFuture login;
        try {
            login = session.auth();
        } catch (IOException e) {
            throw SshFailures.connectionFailed(attempt, e, deadline.timeout());
        }
        if (!deadline.await(login, "logging in to " + options.address())) {
            throw timedOut("the SSH handshake and login with " + options.address(), deadline);
        }
        if (!login.isSuccess()) {
            throw SshFailures.connectionFailed(attempt, login.getException(), deadline.timeout());
        }
    }

    private static List<KeyPair> privateKeys(DeviceOptions options) {
        if (options.privateKey() == null) {
            if (!options.hasPassword() && options.sshConfig() == null) {
                throw new AuthenticationException("no password or private key given for " + options.address());
            }
            return List.of();
        }
        char[] passphrase = options.passphrase();
        try {
            return PrivateKeys.load(options.privateKey(), passphrase, options.address());
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The known_hosts file to use, made ready for a new entry when the policy may record one. */
    private static Path knownHosts(DeviceOptions options) {
        Path file = options.knownHosts() != null
                ? options.knownHosts()
                : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        if (options.hostKeyPolicy() == HostKeyPolicy.ACCEPT_NEW && file.toAbsolutePath().getParent() != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new NetconfException(
                        "cannot create the folder of known_hosts file " + file + ": " + e.getMessage(), e);
            }
        }
        return file;
    }

    private static String passphraseOf(ConnectAttempt attempt) {
        char[] passphrase = attempt == null ? null : attempt.passphrase();
        return passphrase == null ? null : new String(passphrase);
    }

    private static NetconfTimeoutException timedOut(String step, Deadline deadline) {
        return new NetconfTimeoutException(step + " did not complete within the connect timeout of "
                + Durations.describe(deadline.timeout()), deadline.timeout());
    }
}

package io.jmcp.netconf.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.NetconfSession;
import io.jmcp.netconf.error.TransportException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector against an in-process MINA SSH server that has no netconf subsystem: login,
 * keys, keepalive and what a device without NETCONF looks like. (NETCONF itself is proven
 * against netconfd in the interop tests.)
 */
class SshConnectorTest {
    private static final String USER = "lab";
    private static final String PASSWORD = "lab-password";
    private static final String PASSPHRASE = "open sesame";

    @TempDir
    Path directory;

    private final Semaphore keepalives = new Semaphore(0);
    private SshServer server;
    private SshConnector connector;
    private KeyPair userKey;

    @BeforeEach
    void startServer() throws Exception {
        userKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator(
                (user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setGlobalRequestHandlers(List.of(new KeepAliveHandler() {
            @Override
            public Result process(ConnectionService service, String request, boolean wantReply, Buffer buffer)
                    throws Exception {
                if (request.startsWith("keepalive@")) {
                    keepalives.release();
                }
                return super.process(service, request, wantReply, buffer);
            }
        }));
        server.start();
        connector = SshConnector.create();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (connector != null) {
            connector.close();
        }
        server.stop(true);
    }

    private DeviceOptions.Builder options() {
        return DeviceOptions.builder("127.0.0.1").port(server.getPort()).username(USER)
                .hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(10))
                .keepaliveInterval(Duration.ZERO);
    }

    private Path writeKey(String passphrase) throws Exception {
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName(OpenSSHKeyEncryptionContext.AES);
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        Path file = Files.createTempFile(directory, "id_ecdsa", "");
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "test key", encryption, out);
        }
        return file;
    }

    @Test
    void logsInWithAPassword() {
        NetconfTransport transport = connector.connect(options().password(PASSWORD).build());

        assertThat(transport.peer()).isEqualTo("lab@127.0.0.1:" + server.getPort());
        transport.close();
    }

    @Test
    void logsInWithAnEncryptedKeyAndItsPassphrase() throws Exception {
        DeviceOptions options = options().privateKey(writeKey(PASSPHRASE)).passphrase(PASSPHRASE.toCharArray()).build();

        connector.connect(options).close();
    }

    @Test
    void reportsAWrongPassphraseBeforeConnecting() throws Exception {
        DeviceOptions options = options().port(1).privateKey(writeKey(PASSPHRASE))
                .passphrase("not it".toCharArray()).build();

        assertThatThrownBy(() -> connector.connect(options))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageStartingWith("wrong passphrase for private key ");
    }

    @Test
    void reportsAMissingPrivateKeyFile() {
        DeviceOptions options = options().privateKey(directory.resolve("absent")).build();

        assertThatThrownBy(() -> connector.connect(options))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("absent for lab@127.0.0.1:" + server.getPort() + " does not exist");
    }

    @Test
    void reportsAFileThatHoldsNoPrivateKey() throws Exception {
        Path notAKey = Files.writeString(directory.resolve("notes.txt"), "hello\n");

        assertThatThrownBy(() -> connector.connect(options().privateKey(notAKey).build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void refusesToConnectWithoutAnyCredential() {
        assertThatThrownBy(() -> connector.connect(options().build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("no password or private key given for lab@127.0.0.1:" + server.getPort());
    }

    @Test
    void refusesAWrongPassword() {
        assertThatThrownBy(() -> connector.connect(options().password("guess").build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("refused the login");
    }

    @Test
    void sendsKeepalivesAtTheDevicesInterval() throws Exception {
        NetconfTransport transport = connector.connect(options().password(PASSWORD)
                .keepaliveInterval(Duration.ofMillis(100)).build());

        assertThat(keepalives.tryAcquire(2, 10, TimeUnit.SECONDS)).as("two keepalives received").isTrue();
        transport.close();
    }

    @Test
    void reportsADeviceWithoutTheNetconfSubsystem() {
        NetconfTransport transport = connector.connect(options().password(PASSWORD).build());

        assertThatThrownBy(() -> NetconfSession.open(transport, Duration.ofSeconds(10), Duration.ofSeconds(10)))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("closed the NETCONF channel before sending its hello");
    }

    @Test
    void refusesConnectionsOnceClosed() {
        connector.close();

        assertThatThrownBy(() -> connector.connect(options().password(PASSWORD).build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void replacesTheSharedConnectorOnceItIsClosed() {
        SshConnector shared = SshConnector.shared();
        shared.close();

        SshConnector replacement = SshConnector.shared();

        assertThat(replacement).isNotSameAs(shared);
        assertThat(replacement.isOpen()).isTrue();
        assertThat(SshConnector.shared()).isSameAs(replacement);
    }
}

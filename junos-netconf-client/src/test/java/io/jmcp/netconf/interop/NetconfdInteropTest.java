package io.jmcp.netconf.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.CommitException;
import io.jmcp.netconf.Datastore;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.EditMode;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.NetconfClient;
import io.jmcp.netconf.NetconfSession;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.SessionLostException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.ssh.SshConnector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against a real NETCONF server: yuma123 netconfd behind OpenSSH, both started here.
 */
class NetconfdInteropTest {
    private static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    private static final String SYSTEM_FILTER = "<system xmlns=\"urn:jmcp:test\"/>";

    private static NetconfdServer server;
    private static SshConnector connector;
    private static NetconfClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = NetconfdServer.start();
        connector = SshConnector.create();
        client = NetconfClient.create();
    }

    @AfterAll
    static void stopServer() {
        if (connector != null) {
            connector.close();
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static NetconfSession open(DeviceOptions options) {
        return NetconfSession.open(connector.connect(options), options.connectTimeout(), options.rpcTimeout());
    }

    private static NetconfSession openWithPassword() throws IOException {
        return open(server.options(server.knownHosts()).build());
    }

    private static String hostNameConfig(String hostName) {
        return "<system xmlns=\"urn:jmcp:test\"><host-name>" + hostName + "</host-name></system>";
    }

    private static String runningHostName(NetconfSession session) {
        return session.getConfig(Datastore.RUNNING, SYSTEM_FILTER).bodyXml();
    }

    @Nested
    class Protocol {
        @Test
        void exchangesHellosAndReadsTheServersCapabilities() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                assertThat(session.sessionId()).isPositive();
                assertThat(session.capabilities()).contains(CANDIDATE,
                        "urn:ietf:params:netconf:capability:confirmed-commit:1.1");
            }
        }

        @Test
        void negotiatesChunkedFraming() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                assertThat(session.framing()).isEqualTo(Framing.CHUNKED);
            }
        }

        @Test
        void readsTheRunningConfiguration() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                assertThat(session.getConfig(Datastore.RUNNING, null).bodyXml()).startsWith("<data");
            }
        }

        @Test
        void locksAndUnlocksTheCandidate() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                assertThat(session.lock(Datastore.CANDIDATE).isOk()).isTrue();
                assertThat(session.unlock(Datastore.CANDIDATE).isOk()).isTrue();
            }
        }

        @Test
        void refusesALockHeldByAnotherSession() throws IOException {
            try (NetconfSession holder = openWithPassword(); NetconfSession other = openWithPassword()) {
                holder.lock(Datastore.CANDIDATE);

                assertThatThrownBy(() -> other.lock(Datastore.CANDIDATE))
                        .isInstanceOf(RpcErrorException.class)
                        .satisfies(e -> assertThat(((RpcErrorException) e).errors()).extracting(RpcError::tag)
                                .contains("lock-denied"));
                holder.unlock(Datastore.CANDIDATE);
            }
        }

        @Test
        void editsTheCandidateAndCommitsIt() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                session.lock(Datastore.CANDIDATE);
                session.editConfig(Datastore.CANDIDATE, hostNameConfig("edited-r1"));
                session.commit();
                session.unlock(Datastore.CANDIDATE);

                assertThat(runningHostName(session)).contains("<host-name>edited-r1</host-name>");
            }
        }

        @Test
        void confirmsAConfirmedCommit() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                session.editConfig(Datastore.CANDIDATE, hostNameConfig("confirmed-r2"));
                session.confirmedCommit(Duration.ofMinutes(5));
                session.commit();

                assertThat(runningHostName(session)).contains("<host-name>confirmed-r2</host-name>");
            }
        }

        @Test
        void cancelsAConfirmedCommit() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                session.editConfig(Datastore.CANDIDATE, hostNameConfig("before-cancel"));
                session.commit();
                session.editConfig(Datastore.CANDIDATE, hostNameConfig("cancelled"));
                session.confirmedCommit(Duration.ofMinutes(5));
                session.cancelCommit();

                assertThat(runningHostName(session)).contains("<host-name>before-cancel</host-name>");
            }
        }

        @Test
        void mapsTheServersRpcErrorForAJunosOnlyRpc() throws IOException {
            try (NetconfSession session = openWithPassword()) {
                assertThatThrownBy(() -> session.rpc("<command format=\"text\">show version</command>"))
                        .isInstanceOf(RpcErrorException.class)
                        .satisfies(e -> assertThat(((RpcErrorException) e).errors()).extracting(RpcError::tag)
                                .containsExactly("unknown-element"));
                assertThat(session.isOpen()).isTrue();
            }
        }

        @Test
        void closesTheSessionWithCloseSession() throws IOException {
            NetconfSession session = openWithPassword();

            session.close();

            assertThat(session.isOpen()).isFalse();
            assertThatThrownBy(() -> session.getConfig(Datastore.RUNNING, null))
                    .isInstanceOf(TransportException.class);
        }

        @Test
        void killsAnotherSession() throws IOException {
            try (NetconfSession victim = openWithPassword(); NetconfSession killer = openWithPassword()) {
                killer.killSession(victim.sessionId());

                assertThatThrownBy(() -> victim.getConfig(Datastore.RUNNING, null))
                        .isInstanceOf(TransportException.class);
            }
        }
    }

    /** {@link CandidateEdit} with the standard lock, discard-changes and unlock of a real NETCONF server. */
    @Nested
    class CandidateEdits {
        private JunosDevice connect() throws IOException {
            return client.connect(server.options(server.knownHosts()).build());
        }

        @Test
        void closingDiscardsTheUncommittedEditAndUnlocks() throws IOException {
            try (JunosDevice device = connect(); JunosDevice other = connect()) {
                String running = runningHostName(device.session());
                try (CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE)) {
                    device.session().editConfig(Datastore.CANDIDATE, hostNameConfig("never-committed"));
                    assertThat(device.session().getConfig(Datastore.CANDIDATE, SYSTEM_FILTER).bodyXml())
                            .contains("never-committed");
                }

                assertThat(device.session().getConfig(Datastore.CANDIDATE, SYSTEM_FILTER).bodyXml())
                        .doesNotContain("never-committed");
                assertThat(runningHostName(device.session())).isEqualTo(running);
                assertThat(other.session().lock(Datastore.CANDIDATE).isOk()).isTrue();
                other.session().unlock(Datastore.CANDIDATE);
            }
        }

        @Test
        void aLockHeldByAnotherSessionIsALockDeniedExceptionNamingItsSession() throws IOException {
            try (JunosDevice holder = connect(); JunosDevice other = connect();
                 CandidateEdit held = holder.editCandidate(EditMode.EXCLUSIVE)) {
                assertThatThrownBy(() -> other.editCandidate(EditMode.EXCLUSIVE))
                        .isInstanceOf(LockDeniedException.class)
                        .isInstanceOf(RpcErrorException.class)
                        .satisfies(e -> assertThat(((LockDeniedException) e).holderSessionId())
                                .hasValue(holder.session().sessionId()));
            }
        }

        @Test
        void aRefusedCommitIsACommitExceptionAndTheEditStillEndsClean() throws IOException {
            try (JunosDevice device = connect(); JunosDevice other = connect()) {
                try (CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE)) {
                    device.session().editConfig(Datastore.CANDIDATE, hostNameConfig("refused"));

                    // netconfd has no Junos commit-configuration: a real refusal of a commit
                    assertThatThrownBy(edit::commit).isInstanceOf(CommitException.class)
                            .satisfies(e -> assertThat(((CommitException) e).errors()).extracting(RpcError::tag)
                                    .containsExactly("unknown-element"));
                }

                assertThat(device.session().getConfig(Datastore.CANDIDATE, SYSTEM_FILTER).bodyXml())
                        .doesNotContain("refused");
                assertThat(other.session().lock(Datastore.CANDIDATE).isOk()).isTrue();
                other.session().unlock(Datastore.CANDIDATE);
            }
        }

        @Test
        void aKilledSessionIsLostAndClosingTheEditSendsNothingMore() throws IOException {
            try (JunosDevice device = connect(); JunosDevice killer = connect()) {
                CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE);
                killer.session().killSession(device.session().sessionId());

                assertThatThrownBy(edit::diff).isInstanceOf(SessionLostException.class);
                assertThat(edit.isSessionLost()).isTrue();
                edit.close();

                assertThat(device.isAlive()).isFalse();
                assertThat(killer.session().lock(Datastore.CANDIDATE).isOk()).isTrue();
                killer.session().unlock(Datastore.CANDIDATE);
            }
        }

        @Test
        void aPrivateEditIsRefusedByAServerWithoutJunosPrivateCandidates() throws IOException {
            try (JunosDevice device = connect()) {
                assertThatThrownBy(() -> device.editCandidate(EditMode.PRIVATE))
                        .isInstanceOf(RpcErrorException.class)
                        .isNotInstanceOf(LockDeniedException.class)
                        .satisfies(e -> assertThat(((RpcErrorException) e).errors()).extracting(RpcError::tag)
                                .containsExactly("unknown-element"));
                assertThat(device.isAlive()).isTrue();
            }
        }

        @Test
        void closingTheClientEndsItsSessionsOnTheServer() throws IOException {
            NetconfClient own = NetconfClient.create();
            JunosDevice device = own.connect(server.options(server.knownHosts()).build());
            device.editCandidate(EditMode.EXCLUSIVE);

            own.close();

            assertThat(device.isAlive()).isFalse();
            try (JunosDevice other = connect()) {
                // netconfd releases the lock of a session when its SSH channel goes
                assertThat(other.session().lock(Datastore.CANDIDATE).isOk()).isTrue();
                other.session().unlock(Datastore.CANDIDATE);
            }
        }
    }

    @Nested
    class Authentication {
        @ParameterizedTest
        @ValueSource(strings = {"rsa-openssh", "rsa-pem", "ecdsa-openssh", "ecdsa-pem", "ed25519-openssh"})
        void logsInWithAPrivateKey(String key) throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).password((String) null)
                    .privateKey(server.userKeys().get(key)).build();

            try (NetconfSession session = open(options)) {
                assertThat(session.isOpen()).isTrue();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"ed25519-openssh-passphrase", "rsa-pem-passphrase"})
        void logsInWithAPassphraseProtectedKey(String key) throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).password((String) null)
                    .privateKey(server.userKeys().get(key))
                    .passphrase(NetconfdServer.PASSPHRASE.toCharArray()).build();

            try (NetconfSession session = open(options)) {
                assertThat(session.isOpen()).isTrue();
            }
        }

        @Test
        void reportsAWrongPassphrase() throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).password((String) null)
                    .privateKey(server.userKeys().get("ed25519-openssh-passphrase"))
                    .passphrase("not it".toCharArray()).build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("wrong passphrase");
        }

        @Test
        void reportsAMissingPassphrase() throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).password((String) null)
                    .privateKey(server.userKeys().get("rsa-pem-passphrase")).build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("encrypted and no passphrase was given");
        }

        @Test
        void refusesAWrongPassword() throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).password("wrong-password").build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining(server.user() + "@127.0.0.1:" + server.port() + " refused the login");
        }
    }

    @Nested
    class HostKeys {
        @Test
        void refusesAnUnknownHostUnderTheStrictPolicy() throws IOException {
            Path empty = Files.createTempFile(server.directory(), "known_hosts", "");

            assertThatThrownBy(() -> connector.connect(server.options(empty).build()))
                    .isInstanceOf(HostKeyException.class)
                    .hasMessageContaining("127.0.0.1:" + server.port() + " is unknown")
                    .hasMessageContaining("ssh-ed25519 key SHA256:");
        }

        @Test
        void refusesAChangedHostKey() throws IOException {
            DeviceOptions options = server.options(server.knownHostsWithAnotherKey()).build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(HostKeyException.class)
                    .hasMessageContaining("has CHANGED")
                    .hasMessageContaining("ssh-ed25519 key SHA256:");
        }

        @Test
        void recordsAnUnknownHostUnderAcceptNew() throws IOException {
            Path knownHosts = server.directory().resolve("accept-new").resolve("known_hosts");
            DeviceOptions acceptNew = server.options(knownHosts).hostKeyPolicy(HostKeyPolicy.ACCEPT_NEW).build();

            open(acceptNew).close();

            assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:" + server.port() + " ssh-ed25519 ");
            try (NetconfSession strict = open(server.options(knownHosts).build())) {
                assertThat(strict.isOpen()).isTrue();
            }
        }

        @Test
        void stillRefusesAChangedKeyUnderAcceptNew() throws IOException {
            DeviceOptions options = server.options(server.knownHostsWithAnotherKey())
                    .hostKeyPolicy(HostKeyPolicy.ACCEPT_NEW).build();

            assertThatThrownBy(() -> connector.connect(options)).isInstanceOf(HostKeyException.class);
        }
    }

    @Nested
    class Connection {
        @Test
        void reportsARefusedPort() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }
            DeviceOptions options = server.options(server.knownHosts()).port(closedPort).build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("connection refused by " + server.user() + "@127.0.0.1:" + closedPort);
        }

        @Test
        void timesOutOnAPortThatNeverSpeaksSsh() throws IOException {
            try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                DeviceOptions options = server.options(server.knownHosts()).port(silent.getLocalPort())
                        .connectTimeout(Duration.ofSeconds(1)).build();

                assertThatThrownBy(() -> connector.connect(options))
                        .isInstanceOf(NetconfTimeoutException.class)
                        .hasMessageContaining("did not complete within the connect timeout of 1 s");
            }
        }

        @Test
        void reportsAnUnknownHost() {
            DeviceOptions options = DeviceOptions.builder("no-such-device.invalid").username("nobody")
                    .password("x").hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(5)).build();

            assertThatThrownBy(() -> connector.connect(options))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("unknown host");
        }

        @Test
        void reportsADeviceThatRefusesTheNetconfSubsystem() throws IOException {
            DeviceOptions options = server.options(server.knownHosts()).port(server.refusingPort())
                    .hostKeyPolicy(HostKeyPolicy.OFF).build();

            assertThatThrownBy(() -> open(options))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("closed the NETCONF channel before sending its hello");
        }

        @Test
        void followsAnSshConfigFileToTheDevice() throws IOException {
            Path config = server.directory().resolve("ssh_config");
            Files.writeString(config, String.join("\n",
                    "Host lab-router",
                    "  HostName 127.0.0.1",
                    "  IdentityFile " + server.userKeys().get("ed25519-openssh"),
                    ""));
            DeviceOptions options = DeviceOptions.builder("lab-router").port(server.port()).username(server.user())
                    .sshConfig(config).hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(15))
                    .build();

            try (NetconfSession session = open(options)) {
                assertThat(session.isOpen()).isTrue();
            }
        }

        @Test
        void reachesTheDeviceThroughAProxyJump() throws IOException {
            Path config = server.directory().resolve("ssh_config_jump");
            Files.writeString(config, String.join("\n",
                    "Host bastion",
                    "  HostName 127.0.0.1",
                    "  Port " + server.port(),
                    "  User " + server.user(),
                    "  IdentityFile " + server.userKeys().get("ed25519-openssh"),
                    "Host behind-bastion",
                    "  HostName 127.0.0.1",
                    "  IdentityFile " + server.userKeys().get("ed25519-openssh"),
                    "  ProxyJump bastion",
                    ""));
            // Host keys stay unchecked: MINA verifies the target through the jump's local forward.
            DeviceOptions options = DeviceOptions.builder("behind-bastion").port(server.port())
                    .username(server.user()).sshConfig(config).hostKeyPolicy(HostKeyPolicy.OFF)
                    .connectTimeout(Duration.ofSeconds(15)).build();

            try (NetconfSession session = open(options)) {
                assertThat(session.getConfig(Datastore.RUNNING, null).isOk()).isTrue();
            }
        }
    }
}

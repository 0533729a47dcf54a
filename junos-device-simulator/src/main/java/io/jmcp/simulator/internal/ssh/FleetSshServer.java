package io.jmcp.simulator.internal.ssh;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.UserAccount;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.NetconfChannel;
import io.jmcp.simulator.internal.netconf.RpcDispatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * One MINA SSH server for a whole fleet. Every device is one more port bound on the same
 * acceptor, so the fleet shares one set of I/O threads, one host key and one scheduler however
 * many devices it has; a connection is matched to its device by the local port it came in on.
 */
public final class FleetSshServer implements AutoCloseable {
    private static final int EC_KEY_SIZE = 256;
    private static final int ED25519_KEY_SIZE = 256;
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /**
     * The key exchanges a Junos device offers. MINA would otherwise prefer post-quantum hybrids,
     * which Junos lacks and which cost a fleet of hundreds of devices most of its CPU at login.
     */
    private static final List<BuiltinDHFactories> JUNOS_KEY_EXCHANGES = List.of(
            BuiltinDHFactories.curve25519, BuiltinDHFactories.curve25519_libssh,
            BuiltinDHFactories.ecdhp256, BuiltinDHFactories.ecdhp384, BuiltinDHFactories.ecdhp521,
            BuiltinDHFactories.dhgex256, BuiltinDHFactories.dhg16_512, BuiltinDHFactories.dhg14_256);

    private final PortBindingSshServer server;
    private final Map<Integer, DeviceRuntime> devicesByPort = new ConcurrentHashMap<>();
    private final Map<DeviceRuntime, SessionAdmission> admissions = new ConcurrentHashMap<>();

    private final KeyPair hostKey;

    /** @param hostKey the key every device presents: see {@link #hostKey(Path)} */
    public FleetSshServer(RpcDispatcher dispatcher, Executor workers, ScheduledExecutorService timers, KeyPair hostKey) {
        server = (PortBindingSshServer) ServerBuilder.builder().factory(PortBindingSshServer::new).build();
        server.setHost(LOOPBACK.getHostAddress());
        server.setKeyExchangeFactories(JUNOS_KEY_EXCHANGES.stream().map(ServerBuilder.DH2KEX).toList());
        this.hostKey = hostKey;
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setScheduledExecutorService(timers, false);
        // Junos answers RPCs at once; Nagle would hold a reply's last segment for the client's delayed ACK.
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.setPasswordAuthenticator((user, password, session) ->
                accepts(session, user, account -> account.acceptsPassword(password)));
        server.setPublickeyAuthenticator((user, key, session) ->
                accepts(session, user, account -> account.acceptsKey(key)));
        server.setSubsystemFactories(List.of(new NetconfSubsystemFactory(channel -> {
            DeviceRuntime device = deviceOf(channel.getSession()).orElseThrow(
                    () -> new IOException("no device listens on " + channel.getSession().getLocalAddress()));
            return admission(device).admitsNetconf() ? new NetconfChannel(device, dispatcher, workers, timers)
                    : new RefusedSubsystem("netconf subsystem not enabled on " + device.name()
                            + " (no 'system services netconf ssh' in its configuration)");
        })));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated) {
                    deviceOf(session).ifPresent(DeviceRuntime::recordLogin);
                }
            }
        });
    }

    /** The public host key every device of the fleet presents. */
    public PublicKey publicHostKey() {
        return hostKey.getPublic();
    }

    /**
     * Starts listening for {@code device} on 127.0.0.1.
     *
     * @param port the port, or 0 for an ephemeral one
     * @return the port bound
     */
    public synchronized int bind(DeviceRuntime device, int port) {
        try {
            int bound = server.bindLoopback(port);
            devicesByPort.put(bound, device);
            return bound;
        } catch (IOException e) {
            throw new UncheckedIOException("device " + device.name() + " cannot listen on 127.0.0.1:" + port
                    + ": " + e.getMessage(), e);
        }
    }

    /** Stops listening on the device's port and drops its connections. */
    public synchronized void unbind(int port) {
        DeviceRuntime device = devicesByPort.remove(port);
        server.unbindLoopback(port);
        if (device != null) {
            admissions.remove(device);
            device.killAllSessions();
            server.getActiveSessions().stream()
                    .filter(session -> localPort(session) == port)
                    .forEach(session -> session.close(true));
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the SSH server", e);
        }
    }

    /** A login needs credentials the device knows and, as on Junos, the user in its active configuration. */
    private boolean accepts(ServerSession session, String user, Predicate<UserAccount> credentials) {
        return deviceOf(session)
                .filter(device -> !device.faults().refusesAuthentication())
                .filter(device -> admission(device).admitsUser(user))
                .flatMap(device -> device.spec().users().stream().filter(account -> account.name().equals(user))
                        .findFirst())
                .filter(credentials)
                .isPresent();
    }

    /** What the device's active configuration admits, read again only after a commit replaced it. */
    private SessionAdmission admission(DeviceRuntime device) {
        Configuration active = device.store().committed();
        return admissions.compute(device, (key, known) ->
                known != null && known.describes(active) ? known : SessionAdmission.of(active));
    }

    private Optional<DeviceRuntime> deviceOf(Session session) {
        return Optional.ofNullable(devicesByPort.get(localPort(session)));
    }

    private static int localPort(Session session) {
        SocketAddress local = session.getIoSession().getLocalAddress();
        return local instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    /**
     * Ed25519, as Junos offers it ({@code system services ssh hostkey-algorithm ssh-ed25519} in
     * Juniper's YANG): of the host keys PyEZ, ncclient and MINA all accept, the cheapest to sign
     * with at every login and to verify on the client's side (with Bouncy Castle, measured at a
     * quarter to a half of EC P-256's time for each); signing and verifying the exchange hash are
     * a large part of a login's cost when hundreds of devices log in at once. Generated by the
     * security provider MINA signs with (Bouncy Castle when present): a key of another provider
     * would be converted at every signature.
     */
    private static KeyPair newHostKey() {
        try {
            KeyPairGenerator generator = SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA);
            generator.initialize(ED25519_KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new IllegalStateException("this JVM cannot generate an Ed25519 host key", e);
        }
    }

    /**
     * A fleet's host key: the one kept in {@code file}, made there (EC P-256, OpenSSH format,
     * owner-only) when absent, so that known_hosts entries stay valid across restarts (kept EC
     * so that the files and known_hosts entries made before keep working); a new Ed25519 key when
     * {@code file} is null. MINA's generator reads and writes the file.
     *
     * @throws UncheckedIOException when the file can be neither read nor made
     */
    public static KeyPair hostKey(Path file) {
        if (file == null) {
            return newHostKey();
        }
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
        provider.setKeySize(EC_KEY_SIZE);
        provider.setStrictFilePermissions(true);
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty()) {
            throw new UncheckedIOException(new IOException("cannot read or create the host key " + file));
        }
        return keys.get(0);
    }

    /** An {@link SshServer} that can listen on more ports after it started. */
    static final class PortBindingSshServer extends SshServer {

        int bindLoopback(int port) throws IOException {
            if (!isStarted()) {
                setPort(port);
                start();
                return getPort();
            }
            Set<SocketAddress> before = new HashSet<>(acceptor.getBoundAddresses());
            acceptor.bind(new InetSocketAddress(LOOPBACK, port));
            return acceptor.getBoundAddresses().stream()
                    .filter(address -> !before.contains(address))
                    .map(address -> ((InetSocketAddress) address).getPort())
                    .findFirst()
                    .orElseThrow(() -> new IOException("the acceptor reported no new address"));
        }

        void unbindLoopback(int port) {
            if (acceptor != null) {
                acceptor.unbind(new InetSocketAddress(LOOPBACK, port));
            }
        }
    }
}

package io.jmcp.netconf;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.NetconfTransport;
import io.jmcp.netconf.ssh.SshConnector;
import java.time.Duration;

/**
 * Opens NETCONF sessions to Junos devices. A client owns one SSH client with its I/O threads,
 * shared by all the sessions it opens (hundreds of devices cost a few threads); {@link #close()}
 * ends every session it opened and stops those threads. Own one per application, test or tenant,
 * as with OkHttp's or MINA's clients. Thread-safe.
 *
 * <pre>{@code
 * try (NetconfClient client = NetconfClient.create();
 *      JunosDevice device = client.connect(DeviceOptions.builder("r1.example.net")
 *              .username("netops").privateKey(Path.of("id_ed25519")).build())) {
 *     System.out.println(device.facts().version());
 * }
 * }</pre>
 *
 * <p>{@link JunosDevice#connect(DeviceOptions)} uses {@link #shared()}: a default client created on
 * first use whose daemon threads nothing stops unless someone closes it.
 */
public final class NetconfClient implements AutoCloseable {
    private final SshConnector connector;

    private NetconfClient(SshConnector connector) {
        this.connector = connector;
    }

    /** A new client with its own SSH client and I/O threads; close it when done. */
    public static NetconfClient create() {
        return new NetconfClient(SshConnector.create());
    }

    /**
     * The default client that {@link JunosDevice#connect(DeviceOptions)} uses, created on first use,
     * with daemon I/O threads. Closing it ends every session opened through it; the next use of the
     * default then creates a fresh one.
     */
    public static NetconfClient shared() {
        return new NetconfClient(SshConnector.shared());
    }

    /**
     * Connects, logs in and exchanges hellos, all within the options' connect timeout; RPCs then use
     * the options' RPC timeout.
     *
     * @throws AuthenticationException when the device refuses the login or a key cannot be read
     * @throws HostKeyException        when the host key is unknown (strict policy) or changed
     * @throws NetconfTimeoutException when the connect timeout passes first
     * @throws TransportException      when the device cannot be reached or closes the NETCONF channel
     * @throws IllegalStateException   when this client is closed
     */
    public JunosDevice connect(DeviceOptions options) {
        if (!isOpen()) {
            throw new IllegalStateException("this NetconfClient is closed; create a new one");
        }
        long start = System.nanoTime();
        NetconfTransport transport = connector.connect(options);
        Duration left = options.connectTimeout().minusNanos(System.nanoTime() - start);
        Duration helloTimeout = left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
        return JunosDevice.on(NetconfSession.open(transport, helloTimeout, options.rpcTimeout()));
    }

    /** Whether {@link #connect} may still be called. */
    public boolean isOpen() {
        return connector.isOpen();
    }

    /** Ends every session this client opened and stops its I/O threads. Idempotent. */
    @Override
    public void close() {
        connector.close();
    }
}

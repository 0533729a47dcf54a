package io.jmcp.netconf.ssh;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.SessionContext;

/**
 * What one connection needs from the shared client: its device's host-key policy, known_hosts
 * file, keepalive, ssh_config file and key passphrase. Travels in the connection context, which
 * MINA hands to every session of the connection, jump hosts included; also collects why a host
 * key was refused, which MINA itself reports only as "did not validate".
 */
final class ConnectAttempt {
    private static final AttributeKey<ConnectAttempt> KEY = new AttributeKey<>();

    private final DeviceOptions options;
    private final Path knownHosts;
    private volatile String hostKeyProblem;

    ConnectAttempt(DeviceOptions options, Path knownHosts) {
        this.options = options;
        this.knownHosts = knownHosts;
    }

    /** The attempt a session belongs to, or null for a session this library did not start. */
    static ConnectAttempt of(SessionContext session) {
        if (session instanceof ClientSession clientSession) {
            return of(clientSession.getConnectionContext());
        }
        return null;
    }

    /** The attempt a connection context carries, or null. */
    static ConnectAttempt of(AttributeRepository context) {
        return context == null ? null : context.getAttribute(KEY);
    }

    AttributeRepository asContext() {
        return AttributeRepository.ofKeyValuePair(KEY, this);
    }

    String address() {
        return options.address();
    }

    HostKeyPolicy hostKeyPolicy() {
        return options.hostKeyPolicy();
    }

    Path knownHosts() {
        return knownHosts;
    }

    Duration keepaliveInterval() {
        return options.keepaliveInterval();
    }

    Path sshConfig() {
        return options.sshConfig();
    }

    /** A copy of the passphrase of the device's keys, or null. */
    char[] passphrase() {
        return options.passphrase();
    }

    void refuseHostKey(String problem) {
        hostKeyProblem = problem;
    }

    /** Why the host key was refused, or null when it was not. */
    String hostKeyProblem() {
        return hostKeyProblem;
    }
}

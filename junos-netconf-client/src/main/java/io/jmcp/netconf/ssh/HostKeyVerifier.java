package io.jmcp.netconf.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks host keys against each device's known_hosts file under its {@link HostKeyPolicy}, for
 * every session of the shared client. MINA's {@link KnownHostsServerKeyVerifier} does the file
 * work (matching, reloading on change, appending); this class decides what an unknown or a
 * changed key means and records why a key was refused, naming the key's type and fingerprint.
 */
final class HostKeyVerifier implements ServerKeyVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyVerifier.class);

    private final Map<Path, KnownHostsServerKeyVerifier> verifiersByFile = new ConcurrentHashMap<>();

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        ConnectAttempt attempt = ConnectAttempt.of(session);
        if (attempt == null) {
            return false;
        }
        if (attempt.hostKeyPolicy() == HostKeyPolicy.OFF) {
            return true;
        }
        return verifiersByFile.computeIfAbsent(attempt.knownHosts(), HostKeyVerifier::newFileVerifier)
                .verifyServerKey(session, remoteAddress, serverKey);
    }

    private static KnownHostsServerKeyVerifier newFileVerifier(Path knownHosts) {
        KnownHostsServerKeyVerifier verifier = new KnownHostsServerKeyVerifier(
                (session, remote, key) -> acceptUnknown(session, remote, key, knownHosts), knownHosts);
        verifier.setModifiedServerKeyAcceptor((session, remote, entry, expected, offered) ->
                refuseChanged(session, remote, entry, offered, knownHosts));
        return verifier;
    }

    /** Called for a host that known_hosts does not list; MINA appends the key when this accepts it. */
    private static boolean acceptUnknown(ClientSession session, SocketAddress remote, PublicKey key, Path knownHosts) {
        ConnectAttempt attempt = ConnectAttempt.of(session);
        String host = hostOf(session, remote);
        if (attempt.hostKeyPolicy() == HostKeyPolicy.ACCEPT_NEW) {
            LOG.info("recording the new SSH host key of {} ({}) in {}", host, describe(key), knownHosts);
            return true;
        }
        attempt.refuseHostKey("the SSH host key of " + host + " is unknown: " + describe(key) + " is not in "
                + knownHosts + " (host key policy STRICT; add the key to that file, or connect once with ACCEPT_NEW)");
        return false;
    }

    private static boolean refuseChanged(ClientSession session, SocketAddress remote, KnownHostEntry entry,
            PublicKey offered, Path knownHosts) {
        String host = hostOf(session, remote);
        ConnectAttempt.of(session).refuseHostKey("the SSH host key of " + host + " has CHANGED: it offers "
                + describe(offered) + ", but " + knownHosts + " records " + entry.getKeyEntry().getKeyType()
                + " for it. This may be a man-in-the-middle attack, or the device was reinstalled:"
                + " verify the new key before replacing the old entry");
        return false;
    }

    private static String describe(PublicKey key) {
        return KeyUtils.getKeyType(key) + " key " + KeyUtils.getFingerPrint(key);
    }

    private static String hostOf(ClientSession session, SocketAddress remote) {
        SocketAddress dialed = session.getConnectAddress() != null ? session.getConnectAddress() : remote;
        if (dialed instanceof InetSocketAddress inet) {
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(dialed);
    }
}

package io.jmcp.core.app;

import io.jmcp.netconf.ssh.SshConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares, on a background thread started with the server (in parallel with building it), what
 * every router connection needs and no start does: the SSH client (MINA SSHD, its I/O service, the
 * BouncyCastle provider: about 250 ms of a cold JVM). Started once the server was ready, it was
 * still running when a client's first tool call, sent right after initialize, needed it. Nothing
 * is connected: starting a server never logs in to a router.
 */
final class ConnectionWarmUp {
    private static final Logger log = LoggerFactory.getLogger(ConnectionWarmUp.class);

    private ConnectionWarmUp() {
    }

    static void start() {
        Thread warmUp = new Thread(ConnectionWarmUp::run, "jmcp-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void run() {
        try {
            SshConnector.shared();
            StartupTrace.mark("SSH client ready");
        } catch (RuntimeException failure) {
            // The first connection will try again and report what is wrong.
            log.debug("Preparing the SSH client failed: {}", failure.toString());
        }
    }
}

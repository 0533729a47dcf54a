package io.jmcp.netconf.ssh;

import java.io.IOException;
import java.time.Duration;
import org.apache.sshd.client.session.ClientConnectionServiceFactory;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * Gives each connection the keepalive of its device. MINA reads the heartbeat settings when it
 * creates a session's connection service, which happens as the session is created: this factory
 * sets them on the session just before.
 */
final class KeepaliveServiceFactory extends ClientConnectionServiceFactory {
    /** Keepalives a device may leave unanswered before the connection counts as dead. */
    static final int MAX_UNANSWERED_KEEPALIVES = 3;

    @Override
    public Service create(Session session) throws IOException {
        ConnectAttempt attempt = ConnectAttempt.of(session);
        if (attempt != null && !attempt.keepaliveInterval().isZero()) {
            Duration interval = attempt.keepaliveInterval();
            CoreModuleProperties.HEARTBEAT_INTERVAL.set(session, interval);
            CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(session, MAX_UNANSWERED_KEEPALIVES);
        }
        return super.create(session);
    }
}

package io.jmcp.simulator.internal.device;

import io.jmcp.netconf.config.Configuration;

import java.time.Instant;

/**
 * One NETCONF session as the configuration database sees it: who it is and, in
 * {@code configure private} mode, its own candidate. Mutable state is guarded by the
 * {@link ConfigurationStore} that created it.
 */
public final class ConfigSession {
    private final int sessionId;
    private final String user;
    private final Instant since;
    private Configuration privateCandidate;
    private Configuration privateBase;

    ConfigSession(int sessionId, String user, Instant since) {
        this.sessionId = sessionId;
        this.user = user;
        this.since = since;
    }

    public int sessionId() {
        return sessionId;
    }

    public String user() {
        return user;
    }

    public Instant since() {
        return since;
    }

    boolean isPrivate() {
        return privateCandidate != null;
    }

    Configuration privateCandidate() {
        return privateCandidate;
    }

    /** The committed configuration the private candidate started from. */
    Configuration privateBase() {
        return privateBase;
    }

    void openPrivate(Configuration committed) {
        privateCandidate = committed;
        privateBase = committed;
    }

    void updatePrivate(Configuration candidate) {
        privateCandidate = candidate;
    }

    void closePrivate() {
        privateCandidate = null;
        privateBase = null;
    }
}

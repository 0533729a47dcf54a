package io.jmcp.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which principal created each MCP session. A session belongs to the token that created it:
 * presented with any other token it does not exist (404), so a leaked or guessed session id gives
 * nobody else that session, and every tool call in it is audited under its owner. A session unseen
 * for longer than the SDK keeps idle sessions is forgotten (the SDK has closed it by then).
 */
final class SessionOwners {
    private record Ownership(HttpPrincipal owner, Instant lastSeen) {
    }

    private final Map<String, Ownership> sessions = new ConcurrentHashMap<>();
    private final Duration forgetAfter;
    private final Clock clock;

    /**
     * @param sessionIdleTimeout how long the SDK keeps an idle session; it closes it at the sweep
     *                           after, so within twice that
     */
    SessionOwners(Duration sessionIdleTimeout, Clock clock) {
        this.forgetAfter = sessionIdleTimeout.multipliedBy(2).plusMinutes(1);
        this.clock = clock;
    }

    void created(String sessionId, HttpPrincipal owner) {
        Instant now = clock.instant();
        sessions.values().removeIf(ownership -> ownership.lastSeen().plus(forgetAfter).isBefore(now));
        sessions.put(sessionId, new Ownership(owner, now));
    }

    /** Whether {@code principal} created the session; each such use keeps it remembered. */
    boolean isOwnedBy(String sessionId, HttpPrincipal principal) {
        Ownership ownership = sessions.computeIfPresent(sessionId,
                (id, known) -> known.owner().equals(principal) ? new Ownership(known.owner(), clock.instant()) : known);
        return ownership != null && ownership.owner().equals(principal);
    }

    /** Whether the session is known, whoever owns it: for the log only, never for the answer. */
    boolean exists(String sessionId) {
        return sessions.containsKey(sessionId);
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    int size() {
        return sessions.size();
    }
}

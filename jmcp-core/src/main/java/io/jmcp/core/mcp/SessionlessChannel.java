package io.jmcp.core.mcp;

import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.Elicitation;

/**
 * The {@link ClientChannel} of a call made without an MCP session (stateless HTTP): each request
 * gets exactly one JSON answer, so progress and log messages have no way to the client and are
 * dropped, and the user cannot be asked ({@link SessionlessElicitation}).
 */
final class SessionlessChannel implements ClientChannel {
    static final SessionlessChannel INSTANCE = new SessionlessChannel();

    private static final Elicitation ELICITATION = new SessionlessElicitation();
    private static final ClientLog DROPPED = (level, message) -> {
    };

    private SessionlessChannel() {
    }

    @Override
    public Elicitation elicitation() {
        return ELICITATION;
    }

    @Override
    public ClientLog log() {
        return DROPPED;
    }

    @Override
    public void progress(double done, double total, String message) {
        // Dropped: the answer to a stateless request is the result alone.
    }
}

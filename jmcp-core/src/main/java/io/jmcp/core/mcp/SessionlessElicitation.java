package io.jmcp.core.mcp;

import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ElicitationUnsupportedException;

import java.time.Duration;

/**
 * Elicitation without an MCP session: a form request is a server-to-client request, which needs a
 * session to carry it and the answer back, so the user is never asked. Tools get a message that
 * tells the client both ways out.
 */
final class SessionlessElicitation implements Elicitation {
    static final String REASON = "elicitation (interactive forms) needs a stateful MCP session and this server runs "
            + "stateless (start it without --stateless or JMCP_STATELESS to be asked)";

    @Override
    public boolean isSupported() {
        return false;
    }

    @Override
    public String unsupportedReason() {
        return REASON;
    }

    @Override
    public ElicitationResult request(String message, String requestedSchemaJson, Duration timeout) {
        throw new ElicitationUnsupportedException(REASON + "; pass the arguments directly instead");
    }
}

package io.jmcp.core.mcp;

import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.Elicitation;

/**
 * What one tool call can send its client besides the result: progress, log messages and form
 * requests. Over an MCP session they reach the client ({@link SessionChannel}); without a session
 * (stateless HTTP) nothing can, and {@link SessionlessChannel} says so.
 */
interface ClientChannel {

    /** Form requests to the user. */
    Elicitation elicitation();

    /** Log messages for the client. */
    ClientLog log();

    /** Reports progress when the client asked for progress on this call; otherwise does nothing. */
    void progress(double done, double total, String message);
}

package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.modelcontextprotocol.common.McpTransportContext;

/**
 * Tells who makes a request from what its transport knows: nothing for stdio (the local user),
 * the bearer token's id and scopes for HTTP (put in the transport context by the HTTP server).
 */
@FunctionalInterface
public interface CallerResolver {

    Caller resolve(McpTransportContext transportContext);

    /** Every request comes from the user who started the server (stdio). */
    static CallerResolver localUser() {
        return transportContext -> Caller.local();
    }
}

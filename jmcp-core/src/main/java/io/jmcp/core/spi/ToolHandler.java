package io.jmcp.core.spi;

import java.util.Map;

/**
 * One MCP tool. Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.jmcp.core.spi.ToolHandler} of a jar on the server's classpath.
 *
 * <p>A handler is called on a worker thread, never on a transport thread, so it may block on
 * device I/O. It reports failure by throwing: a {@link ToolException} carries a message meant for
 * the user; any other exception becomes a generic error whose details go to the server log only.
 */
public interface ToolHandler {

    /** What clients see in {@code tools/list}. Called once, at server start. */
    ToolDefinition definition();

    /**
     * Runs the tool.
     *
     * @param context   the server's services for this call (devices, sessions, guardrails, client)
     * @param arguments the call's arguments as decoded JSON; read them with {@link ToolArguments}
     */
    ToolResult call(ToolContext context, Map<String, Object> arguments);
}

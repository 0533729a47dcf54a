package io.jmcp.core.spi;

import java.util.Map;

/**
 * One MCP resource, or a family of them addressed by a URI template. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/io.jmcp.core.spi.ResourceHandler}
 * of a jar on the server's classpath.
 *
 * <p>Reads run on a worker thread, never on a transport thread, so a handler may block on device
 * I/O. Failures are reported by throwing, as {@link ToolHandler}s do: a {@link ToolException} carries
 * a message for the user, an {@link UnknownDeviceException} becomes a resource-not-found error, and any
 * other exception a generic error whose details go to the server log only.
 */
public interface ResourceHandler {

    /** What clients see in {@code resources/list} or {@code resources/templates/list}. Called once, at server start. */
    ResourceDefinition definition();

    /**
     * Reads the resource.
     *
     * @param context   the server's services for this read (devices, sessions, guardrails, caller)
     * @param variables the values of the URI template's variables, percent-decoded; empty for a fixed URI
     */
    ResourceContent read(ToolContext context, Map<String, String> variables);
}

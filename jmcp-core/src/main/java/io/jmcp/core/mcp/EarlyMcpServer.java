package io.jmcp.core.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * An MCP server that answers {@code initialize} before the tool server is built, on stdio or on
 * streamable HTTP with sessions: an MCP client starts a stdio server for every conversation (and a
 * client of a just started HTTP server) waits for that answer, while building the tools (the Guice graph, the inventory, the guardrails, every tool
 * schema) is most of a cold start. {@link #serve(McpToolServer)} adds the tools, resources and prompts
 * once they are built. The transport must hold back every request but {@code initialize} and
 * {@code ping} until then (so that {@code tools/list} always lists every tool), and may drop the
 * SDK's list-changed notifications sent meanwhile: the client has listed nothing yet.
 * {@link ToolsReadiness} holds what a transport needs for that.
 *
 * <p>It offers every capability a jmcp server can have (tools, logging, resources with list-changed
 * news, prompts), since they are announced before the handlers are found; with no prompt or resource
 * handler those lists are empty.
 */
public final class EarlyMcpServer {
    private final McpAsyncServer server;
    private volatile McpToolServer toolServer;

    private EarlyMcpServer(McpServer.AsyncSpecification<?> specification) {
        this.server = McpToolServer.describe(specification, capabilities(), McpJsonDefaults.getMapper())
                .jsonSchemaValidator(new LazySchemaValidator())
                .addToolFilter(this::mayList)
                .build();
    }

    /** What it announces in its {@code initialize} answer: every capability a jmcp server can have. */
    public static McpSchema.ServerCapabilities capabilities() {
        return McpSchema.ServerCapabilities.builder().tools(false).logging().resources(false, true).prompts(false)
                .build();
    }

    /** Starts answering {@code initialize} on the single-session transport (stdio), with no tools yet. */
    public static EarlyMcpServer start(McpServerTransportProvider transport) {
        return new EarlyMcpServer(McpServer.async(transport));
    }

    /** Starts answering {@code initialize} on the multi-session transport (streamable HTTP), with no tools yet. */
    public static EarlyMcpServer start(McpStreamableServerTransportProvider transport) {
        return new EarlyMcpServer(McpServer.async(transport));
    }

    /**
     * The check of request params before the tools exist: a {@code tools/call} is held back by the
     * transport until {@link #serve} and then checked by {@link McpToolServer#requestCheck()}.
     */
    public static McpRequestCheck requestCheckBeforeTools() {
        return new McpRequestCheck(McpJsonDefaults.getMapper(), Set.of());
    }

    /** Serves the built tool server's tools, resources and prompts; it closes this server with its own. */
    public void serve(McpToolServer built) {
        this.toolServer = built;
        built.serveOn(server);
    }

    /** Closes the session when the tool server could not be built (once served, the tool server closes it). */
    public void close() {
        server.close();
    }

    private Mono<Boolean> mayList(McpTransportContext transportContext, McpSchema.Tool tool) {
        McpToolServer built = toolServer;
        return built == null ? Mono.just(false) : built.mayList(transportContext, tool);
    }
}

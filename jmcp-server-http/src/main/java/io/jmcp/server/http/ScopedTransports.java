package io.jmcp.server.http;

import io.jmcp.core.mcp.EarlyMcpServer;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.core.mcp.ToolsReadiness;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import jakarta.servlet.http.HttpServlet;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One MCP SDK servlet transport per token scope, each serving the same tools and services (what a
 * caller may see and call follows from its principal); {@link McpHttpServer} routes each request
 * by its principal's scope. The transports listen before the tools are built: with sessions, each
 * answers {@code initialize} at once ({@link EarlyMcpServer}); every other message waits on the
 * {@link #readiness()} until {@link #serve} (or {@link #refuse}). Once served, the MCP servers on
 * the transports belong to the tool server, which closes them. The readiness's request check
 * knows every tool, including those a scope or --read-only hides, so the same check serves every scope.
 */
final class ScopedTransports {
    /** Clients with an open stream are pinged this often, so that proxies and NATs keep the stream. */
    private static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);

    private final Map<Scope, Transport> byScope;
    private final boolean stateless;
    private final List<String> protocolVersions;
    private final ToolsReadiness readiness;

    private ScopedTransports(Map<Scope, Transport> byScope, boolean stateless, List<String> protocolVersions,
            ToolsReadiness readiness) {
        this.byScope = byScope;
        this.stateless = stateless;
        this.protocolVersions = protocolVersions;
        this.readiness = readiness;
    }

    /**
     * Streamable HTTP with sessions, as VS Code uses it (needed for elicitation, progress and log
     * messages), answering {@code initialize} from now on.
     *
     * @param headers the Origin and Host checks
     */
    static ScopedTransports stateful(HttpServerSettings settings, ServerHttpHeaderValidator headers,
            McpJsonMapper jsonMapper) {
        ToolsReadiness readiness = new ToolsReadiness();
        return perScope(false, readiness, () -> {
            HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(jsonMapper)
                    .mcpEndpoint(McpHttpServer.ENDPOINT)
                    .httpHeaderValidator(headers)
                    .contextExtractor(HttpPrincipal::transportContextOf)
                    .maxRequestSize(settings.maxRequestBytes())
                    .sessionSweepInterval(settings.sessionIdleTimeout())
                    .keepAliveInterval(KEEP_ALIVE_INTERVAL)
                    .build();
            return new SessionTransport(transport, EarlyMcpServer.start(new NewsAfterTools(transport, readiness)));
        });
    }

    /**
     * Streamable HTTP without sessions: every POST is answered on its own with one JSON response; GET
     * and DELETE get 405. Each request stands alone, so every one (initialize too) waits for the tools.
     *
     * @param headers the Origin and Host checks
     */
    static ScopedTransports stateless(HttpServerSettings settings, ServerHttpHeaderValidator headers,
            McpJsonMapper jsonMapper) {
        return perScope(true, new ToolsReadiness(), () -> new SessionlessTransport(HttpServletStatelessServerTransport
                .builder()
                .jsonMapper(jsonMapper)
                .messageEndpoint(McpHttpServer.ENDPOINT)
                .httpHeaderValidator(headers)
                .contextExtractor(HttpPrincipal::transportContextOf)
                .maxRequestSize(settings.maxRequestBytes())
                .build()));
    }

    /** An SDK servlet transport of one scope, and how the built tools come to be served on it. */
    private interface Transport {
        HttpServlet servlet();

        List<String> protocolVersions();

        void serve(McpToolServer tools);

        /** Stops the server answering before the tools, when they could not be built. */
        void abandon();
    }

    /** With sessions: its server answers initialize before the tools and then serves them. */
    private record SessionTransport(HttpServletStreamableServerTransportProvider servlet, EarlyMcpServer server)
            implements Transport {
        @Override
        public List<String> protocolVersions() {
            return servlet.protocolVersions();
        }

        @Override
        public void serve(McpToolServer tools) {
            server.serve(tools);
        }

        @Override
        public void abandon() {
            server.close();
        }
    }

    /** Without sessions: no server runs on it until the tools are built, since every request waits for them. */
    private record SessionlessTransport(HttpServletStatelessServerTransport servlet) implements Transport {
        @Override
        public List<String> protocolVersions() {
            return servlet.protocolVersions();
        }

        @Override
        public void serve(McpToolServer tools) {
            tools.start(servlet);
        }

        @Override
        public void abandon() {
            // No server was started on it: nothing to close.
        }
    }

    private static ScopedTransports perScope(boolean stateless, ToolsReadiness readiness,
            Supplier<Transport> transport) {
        Map<Scope, Transport> byScope = new EnumMap<>(Scope.class);
        List<String> protocolVersions = List.of();
        for (Scope scope : Scope.values()) {
            Transport made = transport.get();
            byScope.put(scope, made);
            protocolVersions = made.protocolVersions();
        }
        return new ScopedTransports(byScope, stateless, protocolVersions, readiness);
    }

    /** Serves the built tools on every transport, then lets held messages go on. */
    void serve(McpToolServer tools) {
        byScope.values().forEach(transport -> transport.serve(tools));
        readiness.serve(tools.requestCheck());
    }

    /**
     * The tools could not be built, or the server stops before they were: every held and later message
     * is refused with {@code reason} (the first reason given, when called again).
     */
    void refuse(String reason) {
        if (readiness.refuse(reason)) {
            byScope.values().forEach(Transport::abandon);
        }
    }

    /** Whether the transports serve without MCP sessions. */
    boolean stateless() {
        return stateless;
    }

    /** The values of {@code MCP-Protocol-Version} the transports serve. */
    List<String> protocolVersions() {
        return protocolVersions;
    }

    /** When the tools are served, and the check of request params (the same as over stdio). */
    ToolsReadiness readiness() {
        return readiness;
    }

    HttpServlet forScope(Scope scope) {
        return byScope.get(scope).servlet();
    }
}

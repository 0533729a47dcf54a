package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.jmcp.core.mcp.McpToolServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import jakarta.servlet.http.HttpServlet;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One MCP SDK servlet transport per token scope, each serving the same tools and services (what a
 * caller may see and call follows from its principal); {@link McpHttpServer} routes each request
 * by its principal's scope. The MCP servers on the transports belong to the tool server, which
 * closes them.
 */
final class ScopedTransports {
    /** Clients with an open stream are pinged this often, so that proxies and NATs keep the stream. */
    private static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);

    private final Map<Scope, HttpServlet> byScope;

    private ScopedTransports(Map<Scope, HttpServlet> byScope) {
        this.byScope = byScope;
    }

    /**
     * Streamable HTTP with sessions, as VS Code uses it (needed for elicitation, progress and log
     * messages), serving {@code tools}.
     *
     * @param headers the Origin and Host checks
     */
    static ScopedTransports stateful(HttpServerSettings settings, ServerHttpHeaderValidator headers,
            McpToolServer tools) {
        return perScope(() -> {
            HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(tools.jsonMapper())
                    .mcpEndpoint(McpHttpServer.ENDPOINT)
                    .httpHeaderValidator(headers)
                    .contextExtractor(HttpPrincipal::transportContextOf)
                    .maxRequestSize(settings.maxRequestBytes())
                    .sessionSweepInterval(settings.sessionIdleTimeout())
                    .keepAliveInterval(KEEP_ALIVE_INTERVAL)
                    .build();
            tools.start(transport);
            return transport;
        });
    }

    /**
     * Streamable HTTP without sessions, serving {@code tools}: every POST is answered on its own with
     * one JSON response; GET and DELETE get 405.
     *
     * @param headers the Origin and Host checks
     */
    static ScopedTransports stateless(HttpServerSettings settings, ServerHttpHeaderValidator headers,
            McpToolServer tools) {
        return perScope(() -> {
            HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                    .jsonMapper(tools.jsonMapper())
                    .messageEndpoint(McpHttpServer.ENDPOINT)
                    .httpHeaderValidator(headers)
                    .contextExtractor(HttpPrincipal::transportContextOf)
                    .maxRequestSize(settings.maxRequestBytes())
                    .build();
            tools.start(transport);
            return transport;
        });
    }

    private static ScopedTransports perScope(Supplier<HttpServlet> transport) {
        Map<Scope, HttpServlet> byScope = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            byScope.put(scope, transport.get());
        }
        return new ScopedTransports(byScope);
    }

    HttpServlet forScope(Scope scope) {
        return byScope.get(scope);
    }
}

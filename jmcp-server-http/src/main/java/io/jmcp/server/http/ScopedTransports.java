package io.jmcp.server.http;

import io.jmcp.core.mcp.McpRequestCheck;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.core.spi.Scope;
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
 * by its principal's scope. The MCP servers on the transports belong to the tool server, which
 * closes them. The tool server's {@link McpRequestCheck} checks the params of every request before
 * a transport sees it: it knows every tool, including those a scope or --read-only hides, so the
 * same check serves every scope.
 */
final class ScopedTransports {
    /** Clients with an open stream are pinged this often, so that proxies and NATs keep the stream. */
    private static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);

    private final Map<Scope, HttpServlet> byScope;
    private final boolean stateless;
    private final List<String> protocolVersions;
    private final McpRequestCheck requestCheck;

    private ScopedTransports(Map<Scope, HttpServlet> byScope, boolean stateless, List<String> protocolVersions,
            McpRequestCheck requestCheck) {
        this.byScope = byScope;
        this.stateless = stateless;
        this.protocolVersions = protocolVersions;
        this.requestCheck = requestCheck;
    }

    /**
     * Streamable HTTP with sessions, as VS Code uses it (needed for elicitation, progress and log
     * messages), serving {@code tools}.
     *
     * @param headers the Origin and Host checks
     */
    static ScopedTransports stateful(HttpServerSettings settings, ServerHttpHeaderValidator headers,
            McpToolServer tools) {
        return perScope(false, tools, () -> {
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
            return new Transport(transport, transport.protocolVersions());
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
        return perScope(true, tools, () -> {
            HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                    .jsonMapper(tools.jsonMapper())
                    .messageEndpoint(McpHttpServer.ENDPOINT)
                    .httpHeaderValidator(headers)
                    .contextExtractor(HttpPrincipal::transportContextOf)
                    .maxRequestSize(settings.maxRequestBytes())
                    .build();
            tools.start(transport);
            return new Transport(transport, transport.protocolVersions());
        });
    }

    /** An SDK servlet transport and the protocol versions it serves. */
    private record Transport(HttpServlet servlet, List<String> protocolVersions) {
    }

    private static ScopedTransports perScope(boolean stateless, McpToolServer tools, Supplier<Transport> transport) {
        Map<Scope, HttpServlet> byScope = new EnumMap<>(Scope.class);
        List<String> protocolVersions = List.of();
        for (Scope scope : Scope.values()) {
            Transport made = transport.get();
            byScope.put(scope, made.servlet());
            protocolVersions = made.protocolVersions();
        }
        return new ScopedTransports(byScope, stateless, protocolVersions, tools.requestCheck());
    }

    /** Whether the transports serve without MCP sessions. */
    boolean stateless() {
        return stateless;
    }

    /** The values of {@code MCP-Protocol-Version} the transports serve. */
    List<String> protocolVersions() {
        return protocolVersions;
    }

    /** The check of request params, the same as over stdio. */
    McpRequestCheck requestCheck() {
        return requestCheck;
    }

    HttpServlet forScope(Scope scope) {
        return byScope.get(scope);
    }
}

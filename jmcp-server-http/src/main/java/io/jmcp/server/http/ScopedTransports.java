package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import jakarta.servlet.http.HttpServlet;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One MCP SDK servlet transport per token scope. Start an MCP server on each of {@link #all()}
 * (the same tools and services; what a caller may see and call follows from its principal),
 * then hand them to {@link McpHttpServer}, which routes each request by its principal's scope.
 *
 * @param <T> the SDK transport
 */
final class ScopedTransports<T extends HttpServlet> {
    /** Clients with an open stream are pinged this often, so that proxies and NATs keep the stream. */
    private static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);

    private final Map<Scope, T> byScope;

    private ScopedTransports(Map<Scope, T> byScope) {
        this.byScope = byScope;
    }

    /** Streamable HTTP with sessions, as VS Code uses it (needed for elicitation). */
    static ScopedTransports<HttpServletStreamableServerTransportProvider> stateful(HttpServerSettings settings,
            McpJsonMapper jsonMapper) {
        ServerHttpHeaderValidator headers = OriginPolicy.validator(settings.bind(), settings.allowedOrigins());
        return perScope(() -> HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(jsonMapper)
                .mcpEndpoint(McpHttpServer.ENDPOINT)
                .httpHeaderValidator(headers)
                .contextExtractor(HttpPrincipal::transportContextOf)
                .maxRequestSize(settings.maxRequestBytes())
                .sessionSweepInterval(settings.sessionIdleTimeout())
                .keepAliveInterval(KEEP_ALIVE_INTERVAL)
                .build());
    }

    private static <T extends HttpServlet> ScopedTransports<T> perScope(Supplier<T> transport) {
        Map<Scope, T> byScope = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            byScope.put(scope, transport.get());
        }
        return new ScopedTransports<>(byScope);
    }

    Collection<T> all() {
        return byScope.values();
    }

    HttpServlet forScope(Scope scope) {
        return byScope.get(scope);
    }
}

package io.jmcp.server.http;

import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.common.McpTransportContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * The caller of a tool over HTTP: the principal the authentication filter put in the transport
 * context. A context without one (which the filter never lets through) gets a caller with no
 * scope at all, so that a wiring mistake shows no tool rather than every tool.
 */
final class HttpCallers implements CallerResolver {
    static final String UNIDENTIFIED = "unidentified";

    @Override
    public Caller resolve(McpTransportContext transportContext) {
        return HttpPrincipal.of(transportContext)
                .map(principal -> new Caller(principal.id(), scopesOf(principal.scope())))
                .orElseGet(() -> new Caller(UNIDENTIFIED, Set.of()));
    }

    /** A config token may also do everything a read token may. */
    private static Set<Scope> scopesOf(Scope scope) {
        return scope == Scope.CONFIG ? EnumSet.allOf(Scope.class) : EnumSet.of(scope);
    }
}

package io.jmcp.server.http;

import io.jmcp.core.auth.TokenRecord;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.common.McpTransportContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sent an HTTP request, as the authentication filter decided: the holder of a bearer token,
 * or anyone at all on a loopback server started with {@code --allow-unauthenticated-http}. It
 * travels from the filter to the tool calls as a request attribute, then in the MCP transport
 * context, under {@link #KEY}.
 *
 * @param id    the token id (recorded in the audit log), or {@value #UNAUTHENTICATED_ID}
 * @param scope what the sender may do
 */
record HttpPrincipal(String id, Scope scope) {
    static final String KEY = "io.jmcp.server.http.principal";
    static final String UNAUTHENTICATED_ID = "unauthenticated";

    HttpPrincipal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
    }

    static HttpPrincipal of(TokenRecord token) {
        return new HttpPrincipal(token.id(), token.scope());
    }

    /** The sender of every request to a server without authentication: trusted as the seed trusted it. */
    static HttpPrincipal unauthenticated() {
        return new HttpPrincipal(UNAUTHENTICATED_ID, Scope.CONFIG);
    }

    /** The principal the filter attached to {@code request}, or empty when the filter did not run. */
    static Optional<HttpPrincipal> of(HttpServletRequest request) {
        return Optional.ofNullable((HttpPrincipal) request.getAttribute(KEY));
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(KEY, this);
    }

    /** The MCP transport context of an authenticated request: its principal and nothing else. */
    static McpTransportContext transportContextOf(HttpServletRequest request) {
        return of(request).map(principal -> McpTransportContext.create(Map.of(KEY, principal)))
                .orElse(McpTransportContext.EMPTY);
    }

    /** The principal in a transport context made by {@link #transportContextOf}, if any. */
    static Optional<HttpPrincipal> of(McpTransportContext context) {
        return context.get(KEY) instanceof HttpPrincipal principal ? Optional.of(principal) : Optional.empty();
    }
}

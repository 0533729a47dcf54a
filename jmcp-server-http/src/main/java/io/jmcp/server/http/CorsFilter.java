package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * CORS for browser MCP clients (MCP Inspector in a browser), in front of authentication: a browser
 * sends its preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method})
 * without the {@code Authorization} header, so preflights from allowed origins are answered here
 * with 204. Responses to allowed origins name that origin (never {@code *}) and expose the session
 * id header. A request from an origin that is not allowed gets the Origin/Host check's refusal
 * (403, or 421 for a foreign Host) at once, whether it carries a token or not. The rules are those
 * of {@link OriginPolicy}: the same validator the MCP transport applies.
 */
final class CorsFilter extends HttpFilter {
    private static final Logger log = LoggerFactory.getLogger(CorsFilter.class);
    static final String ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Mcp-Session-Id, MCP-Protocol-Version, "
            + "Last-Event-ID";
    /** A browser client needs the session id, and the challenge of a 401 to tell a bad token from other failures. */
    static final String EXPOSED_HEADERS = "Mcp-Session-Id, WWW-Authenticate";
    /** How long a browser may reuse a preflight's answer; Chromium caps it at two hours. */
    static final Duration MAX_AGE = Duration.ofHours(2);

    private final ServerHttpHeaderValidator origins;
    private final McpJsonMapper jsonMapper;

    CorsFilter(ServerHttpHeaderValidator origins, McpJsonMapper jsonMapper) {
        this.origins = origins;
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        ServerTransportSecurityException refusal = refusal(request);
        if (refusal != null) {
            log.info("Refused {} {} from origin {}: {}", request.getMethod(), request.getRequestURI(), origin,
                    refusal.getMessage());
            JsonRpcRefusal.invalidRequest(refusal.getStatusCode(), refusal.getMessage()).writeTo(response, jsonMapper);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        if (isPreflight(request)) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", String.valueOf(MAX_AGE.toSeconds()));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }

    static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** Why the Origin/Host check refuses the request, or null when it passes. */
    private ServerTransportSecurityException refusal(HttpServletRequest request) {
        try {
            origins.validate(headersOf(request));
            return null;
        } catch (ServerTransportSecurityException refused) {
            return refused;
        }
    }

    private static HeaderAccessor headersOf(HttpServletRequest request) {
        return new HeaderAccessor() {
            @Override
            public List<String> getHeader(String name) {
                return Collections.list(request.getHeaders(name));
            }

            @Override
            public List<String> getHeaderNames() {
                return Collections.list(request.getHeaderNames());
            }
        };
    }
}

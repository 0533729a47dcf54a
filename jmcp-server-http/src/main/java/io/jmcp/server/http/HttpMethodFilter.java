package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Only the HTTP methods the server uses reach a servlet: on {@code /mcp} those of the transport
 * (POST, GET and DELETE with sessions, POST alone without) and CORS preflights; on
 * {@code /healthz} GET and HEAD. Anything else, TRACE first (the servlet default echoes the
 * request, Authorization header included), gets 405 with an {@code Allow} header and a JSON-RPC
 * error, before authentication. Other paths answer 404 whatever the method.
 */
final class HttpMethodFilter extends HttpFilter {
    private static final Set<String> HEALTH_METHODS = Set.of("GET", "HEAD");

    private final Set<String> mcpMethods;
    private final McpJsonMapper jsonMapper;

    HttpMethodFilter(Set<String> mcpMethods, McpJsonMapper jsonMapper) {
        this.mcpMethods = Set.copyOf(mcpMethods);
        this.jsonMapper = jsonMapper;
    }

    /** The methods of streamable HTTP with sessions, or without. */
    static Set<String> mcpMethods(boolean stateless) {
        return stateless ? Set.of("POST") : Set.of("POST", "GET", "DELETE");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean mcp = McpHttpServer.ENDPOINT.equals(path);
        Set<String> allowed = mcp ? mcpMethods : McpHttpServer.HEALTH.equals(path) ? HEALTH_METHODS : null;
        String method = request.getMethod();
        if (allowed == null || allowed.contains(method) || mcp && CorsFilter.isPreflight(request)) {
            chain.doFilter(request, response);
            return;
        }
        String allow = String.join(", ", allowed.stream().sorted().toList());
        response.setHeader("Allow", allow);
        JsonRpcRefusal.invalidRequest(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "HTTP method " + printable(method)
                + " is not allowed on " + path + "; use " + allow).writeTo(response, jsonMapper);
    }

    /** The method as sent, unless it is not a plain token (then it is not echoed). */
    private static String printable(String method) {
        return method.matches("[A-Za-z-]{1,20}") ? method : "(unnamed)";
    }
}

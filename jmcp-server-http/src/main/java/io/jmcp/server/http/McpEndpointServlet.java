package io.jmcp.server.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The MCP endpoint: hands each authenticated request to the MCP transport of its principal's
 * scope. Each scope has its own transport and so its own sessions: a session id made under the
 * read scope means nothing to the config transport and the other way round, so no request can
 * borrow a session of a wider scope.
 */
final class McpEndpointServlet extends HttpServlet {
    private final transient ScopedTransports transports;

    McpEndpointServlet(ScopedTransports transports) {
        this.transports = transports;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpPrincipal principal = HttpPrincipal.of(request)
                .orElseThrow(() -> new IllegalStateException("the authentication filter did not run"));
        transports.forScope(principal.scope()).service(request, response);
    }
}

package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Everything but the MCP endpoint and health: 404 with a JSON-RPC error whatever the method (in
 * place of a file-serving default servlet, and of the servlet default that echoes TRACE).
 */
final class NotFoundServlet extends HttpServlet {
    private final transient McpJsonMapper jsonMapper;

    NotFoundServlet(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonRpcRefusal.invalidRequest(HttpServletResponse.SC_NOT_FOUND, "nothing is served here; the MCP endpoint is "
                + McpHttpServer.ENDPOINT).writeTo(response, jsonMapper);
    }
}

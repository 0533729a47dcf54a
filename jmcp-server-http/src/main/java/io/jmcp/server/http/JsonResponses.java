package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** Writes the server's own small JSON answers (authentication failures, health). */
final class JsonResponses {
    private final McpJsonMapper jsonMapper;

    JsonResponses(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    void send(HttpServletResponse response, int status, Map<String, String> body) throws IOException {
        byte[] json = jsonMapper.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the MCP endpoint refuses, answered as a JSON-RPC error object with an HTTP status:
 * never an exception, a class name or a stack trace.
 *
 * @param status  the HTTP status
 * @param code    the JSON-RPC error code
 * @param message what was wrong, in the client's terms
 * @param id      the request's id when it was readable, else null
 */
record JsonRpcRefusal(int status, int code, String message, Object id) {
    /**
     * The code the official TypeScript SDK's servers give an unknown session (implementation-defined
     * server error range); the MCP spec fixes only the HTTP status, 404.
     */
    static final int SESSION_NOT_FOUND = -32001;
    /** The code for a server that is going away (implementation-defined server error range). */
    static final int UNAVAILABLE = -32000;

    static JsonRpcRefusal parseError(String why) {
        return new JsonRpcRefusal(HttpServletResponse.SC_BAD_REQUEST, McpSchema.ErrorCodes.PARSE_ERROR,
                "Parse error: " + why, null);
    }

    static JsonRpcRefusal invalidRequest(int status, String why) {
        return new JsonRpcRefusal(status, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid request: " + why, null);
    }

    static JsonRpcRefusal invalidRequest(String why) {
        return invalidRequest(HttpServletResponse.SC_BAD_REQUEST, why);
    }

    /**
     * Params a request cannot be served with. A request with an id is answered 200 with its id, as
     * any JSON-RPC error, so that the client's pending call ends with it; a notification, which has
     * no reply, gets 400.
     *
     * @param error the error {@link io.jmcp.core.mcp.McpRequestCheck} gives, word for word as over stdio
     */
    static JsonRpcRefusal invalidParams(Object id, McpSchema.JSONRPCResponse.JSONRPCError error) {
        int status = id == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK;
        return new JsonRpcRefusal(status, error.code(), error.message(), id);
    }

    /**
     * The server could not be built, so a message held for its tools cannot be served: a request is
     * answered 200 with its id and the same error as over stdio; a notification or response gets 503.
     */
    static JsonRpcRefusal notStarted(Object id, String why) {
        int status = id == null ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_OK;
        return new JsonRpcRefusal(status, McpSchema.ErrorCodes.INTERNAL_ERROR, "jmcp could not start: " + why, id);
    }

    static JsonRpcRefusal sessionNotFound() {
        return new JsonRpcRefusal(HttpServletResponse.SC_NOT_FOUND, SESSION_NOT_FOUND, "Session not found: it expired, "
                + "was closed or never existed; start a new one with initialize", null);
    }

    static JsonRpcRefusal tooLarge(int maxBytes) {
        return invalidRequest(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "the request body is larger than the server's limit of " + maxBytes + " bytes (--max-request-bytes)");
    }

    void writeTo(HttpServletResponse response, McpJsonMapper jsonMapper) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        body.put("id", id);
        body.put("error", error);
        byte[] json = jsonMapper.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a POSTed body is one JSON-RPC message the MCP SDK can read, before the SDK sees
 * it: the SDK answers the rest with its exception serialized whole. Only the envelope is checked
 * here (encoding, JSON syntax, the JSON-RPC shape); the params are checked by core's
 * {@link io.jmcp.core.mcp.McpRequestCheck}, the same rules as over stdio. The message is then
 * served by the SDK itself; nothing here dispatches.
 */
final class McpMessageCheck {
    private final McpJsonMapper jsonMapper;

    McpMessageCheck(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * A message that passed: a request (with its id), a notification or a response from the client.
     *
     * @param id     the request's id, or null for a notification or a response
     * @param method the method, or null for a response
     * @param params the {@code params} member as parsed, or null when absent
     */
    record Message(Object id, String method, Object params) {
        boolean isInitialize() {
            return McpSchema.METHOD_INITIALIZE.equals(method);
        }
    }

    /** Either the message or why it is refused, never both. */
    record Outcome(Message message, JsonRpcRefusal refusal) {
        static Outcome refused(JsonRpcRefusal refusal) {
            return new Outcome(null, refusal);
        }
    }

    Outcome check(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Outcome.refused(JsonRpcRefusal.parseError("the request body is not UTF-8 text"));
        }
        if (text.isBlank()) {
            return Outcome.refused(JsonRpcRefusal.parseError("the request body is empty; send one JSON-RPC message"));
        }
        Object json;
        try {
            json = jsonMapper.readValue(text, Object.class);
        } catch (IOException | RuntimeException notJson) {
            return Outcome.refused(JsonRpcRefusal.parseError(isTooDeep(notJson)
                    ? "the JSON is nested deeper than this server reads" : "the request body is not valid JSON"));
        }
        if (json instanceof List) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("a batch (JSON array) is not accepted: MCP over "
                    + "streamable HTTP takes one JSON-RPC message per POST"));
        }
        if (!(json instanceof Map<?, ?> object)) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("the body must be a JSON-RPC message (a JSON object)"));
        }
        return checkEnvelope(object, text);
    }

    private Outcome checkEnvelope(Map<?, ?> object, String text) {
        if (!McpSchema.JSONRPC_VERSION.equals(object.get("jsonrpc"))) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("\"jsonrpc\" must be \"2.0\""));
        }
        Object id = object.get("id");
        if (object.containsKey("id") && !isValidId(id)) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("\"id\" must be a string or an integer"));
        }
        Object method = object.get("method");
        if (method == null) {
            return checkResponse(object, text);
        }
        if (!(method instanceof String name) || name.isEmpty()) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("\"method\" must be a non-empty string"));
        }
        if (object.containsKey("result") || object.containsKey("error")) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("a message is a request or a response, not both"));
        }
        if (!isDeserializable(text)) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("not a JSON-RPC request or notification"));
        }
        return new Outcome(new Message(id, name, object.get("params")), null);
    }

    /** The client answering a request of the server (an elicitation form, a ping). */
    private Outcome checkResponse(Map<?, ?> object, String text) {
        if (!object.containsKey("id") || object.containsKey("result") == object.containsKey("error")) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("\"method\" is missing (a response needs an \"id\" "
                    + "and either \"result\" or \"error\")"));
        }
        if (!isDeserializable(text)) {
            return Outcome.refused(JsonRpcRefusal.invalidRequest("not a JSON-RPC response"));
        }
        return new Outcome(new Message(null, null, null), null);
    }

    /** What the SDK will do with the body: if it cannot, it must not see it. */
    private boolean isDeserializable(String text) {
        try {
            McpSchema.deserializeJsonRpcMessage(jsonMapper, text);
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** MCP ids are strings or integers, never null, fractions, booleans, arrays or objects. */
    private static boolean isValidId(Object id) {
        return id instanceof String || id instanceof Integer || id instanceof Long;
    }

    private static boolean isTooDeep(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("nesting depth")) {
                return true;
            }
        }
        return false;
    }
}

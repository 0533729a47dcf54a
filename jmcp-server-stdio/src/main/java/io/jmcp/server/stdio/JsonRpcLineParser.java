package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of the stdio transport as a JSON-RPC 2.0 message of MCP, or as the error that
 * answers it: -32700 when it is not UTF-8 JSON, -32600 when it is JSON but not a message (a batch,
 * a request without a method, an id that is neither a string nor an integer), -32602 when a request's
 * params are not an object. The id of the reply is the request's when it could be read, else null,
 * as JSON-RPC 2.0 (section 5) requires. The messages built are the SDK's own records.
 */
final class JsonRpcLineParser {
    /** What a line turned out to be. */
    sealed interface Inbound {
    }

    /** A well-formed message for the SDK's session. */
    record Message(JSONRPCMessage message) implements Inbound {
    }

    /**
     * A malformed message and the error it gets (none for a notification).
     *
     * @param id the id of the reply: the message's when it could be read, else null
     */
    record Malformed(Object id, JSONRPCError error, String problem) implements Inbound {
    }

    /** An empty line: nothing was sent, nothing is answered. */
    record Blank() implements Inbound {
    }

    private final McpJsonMapper jsonMapper;

    JsonRpcLineParser(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    Inbound parse(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException notUtf8) {
            return malformed(null, ErrorCodes.PARSE_ERROR, "Parse error: the line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return new Blank();
        }
        Object json;
        try {
            json = jsonMapper.readValue(text, Object.class);
        } catch (IOException | RuntimeException notJson) {
            return malformed(null, ErrorCodes.PARSE_ERROR, "Parse error: the line is not valid JSON" + where(notJson));
        }
        if (json instanceof List) {
            return malformed(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: MCP has no batches (JSON arrays); send one message per line");
        }
        if (!(json instanceof Map<?, ?> message)) {
            return malformed(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: a message is a JSON object");
        }
        return parse(message);
    }

    private Inbound parse(Map<?, ?> message) {
        Object id = message.get("id");
        boolean hasId = message.containsKey("id");
        Object replyId = isValidId(id) ? id : null;
        if (!McpSchema.JSONRPC_VERSION.equals(message.get("jsonrpc"))) {
            return malformed(replyId, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
        }
        if (hasId && replyId == null) {
            return malformed(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: \"id\" must be a string or an integer of at most 64 bits");
        }
        if (message.containsKey("method")) {
            return request(message, replyId, hasId);
        }
        if (message.containsKey("result") || message.containsKey("error")) {
            return response(message, replyId);
        }
        return malformed(replyId, ErrorCodes.INVALID_REQUEST,
                "Invalid Request: a message has a \"method\" (request, notification) or a \"result\" or \"error\" "
                        + "(response)");
    }

    private Inbound request(Map<?, ?> message, Object id, boolean hasId) {
        if (!(message.get("method") instanceof String method) || method.isEmpty()) {
            return malformed(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: \"method\" must be a non-empty string");
        }
        Object params = message.get("params");
        if (params != null && !(params instanceof Map)) {
            return hasId ? malformed(id, ErrorCodes.INVALID_PARAMS, "Invalid params: \"params\" of " + method
                    + " must be a JSON object") : new Malformed(null, null, "notification params are not an object");
        }
        return new Message(hasId ? new McpSchema.JSONRPCRequest(McpSchema.JSONRPC_VERSION, method, id, params)
                : new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION, method, params));
    }

    private Inbound response(Map<?, ?> message, Object id) {
        if (id == null) {
            return malformed(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: a response needs the \"id\" of the request it answers");
        }
        if (message.containsKey("result") == message.containsKey("error")) {
            return malformed(id, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: a response has either \"result\" or \"error\", not both");
        }
        JSONRPCError error = null;
        if (message.containsKey("error")) {
            try {
                error = jsonMapper.convertValue(message.get("error"), JSONRPCError.class);
            } catch (RuntimeException wrongShape) {
                error = null;
            }
            if (error == null || error.code() == null || error.message() == null) {
                return malformed(id, ErrorCodes.INVALID_REQUEST,
                        "Invalid Request: \"error\" must be an object with an integer \"code\" and a \"message\"");
            }
        }
        return new Message(new JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, message.get("result"), error));
    }

    /** Where the parser stopped (Jackson's own message names Java types and settings: not for clients). */
    private static String where(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && jackson.getLocation() != null
                    && jackson.getLocation().getColumnNr() > 0) {
                return " (at character " + jackson.getLocation().getColumnNr() + ")";
            }
        }
        return "";
    }

    /**
     * MCP: "a string or integer", never null; JSON-RPC discourages fractions. The SDK's records take
     * integers up to 64 bits only.
     */
    private static boolean isValidId(Object id) {
        return id instanceof String || id instanceof Integer || id instanceof Long;
    }

    private static Malformed malformed(Object id, int code, String message) {
        return new Malformed(id, new JSONRPCError(code, message, null), message);
    }
}

package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a POSTed body is one JSON-RPC message the MCP SDK can serve, before the SDK sees
 * it: the SDK answers the rest with its exception serialized whole, or (for params it cannot bind)
 * with an empty stream the client waits on forever. The message is then served by the SDK itself;
 * nothing here dispatches. Params are bound to the SDK's own request types, so what passes here is
 * exactly what the SDK's handlers can read.
 */
final class McpMessageCheck {
    /**
     * The params of a request: the SDK type its handler binds them to, and the members the MCP
     * schema requires (the SDK fills a missing one with a default and goes on).
     */
    private record ParamsShape(Class<?> type, List<String> required) {
    }

    /**
     * The requests whose handlers bind params to an SDK type and fail on null params. The list
     * methods take optional {@link McpSchema.PaginatedRequest} params.
     */
    private static final Map<String, ParamsShape> REQUIRED_PARAMS = Map.of(
            McpSchema.METHOD_INITIALIZE, new ParamsShape(McpSchema.InitializeRequest.class,
                    List.of("protocolVersion", "capabilities", "clientInfo")),
            McpSchema.METHOD_TOOLS_CALL, new ParamsShape(McpSchema.CallToolRequest.class, List.of("name")),
            McpSchema.METHOD_RESOURCES_READ, new ParamsShape(McpSchema.ReadResourceRequest.class, List.of("uri")),
            McpSchema.METHOD_RESOURCES_SUBSCRIBE, new ParamsShape(McpSchema.SubscribeRequest.class, List.of("uri")),
            McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, new ParamsShape(McpSchema.UnsubscribeRequest.class, List.of("uri")),
            McpSchema.METHOD_PROMPT_GET, new ParamsShape(McpSchema.GetPromptRequest.class, List.of("name")),
            McpSchema.METHOD_COMPLETION_COMPLETE, new ParamsShape(McpSchema.CompleteRequest.class,
                    List.of("ref", "argument")),
            McpSchema.METHOD_LOGGING_SET_LEVEL, new ParamsShape(McpSchema.SetLevelRequest.class, List.of("level")));
    private static final ParamsShape PAGINATED_PARAMS = new ParamsShape(McpSchema.PaginatedRequest.class, List.of());
    private static final Set<String> PAGINATED = Set.of(McpSchema.METHOD_TOOLS_LIST, McpSchema.METHOD_RESOURCES_LIST,
            McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, McpSchema.METHOD_PROMPT_LIST);

    private static final List<String> LOGGING_LEVELS = Arrays.stream(McpSchema.LoggingLevel.values())
            .map(level -> level.name().toLowerCase(Locale.ROOT)).toList();

    private final McpJsonMapper jsonMapper;

    McpMessageCheck(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * A message that passed: a request (with its id), a notification or a response from the client.
     *
     * @param id        the request's id, or null for a notification or a response
     * @param method    the method, or null for a response
     * @param hasParams whether the message has a {@code params} member
     * @param params    its value
     */
    record Message(Object id, String method, boolean hasParams, Object params) {
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
        return new Outcome(new Message(id, name, object.containsKey("params"), object.get("params")), null);
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
        return new Outcome(new Message(null, null, false, null), null);
    }

    /**
     * Why the SDK could not serve the request's params (-32602), or null when it can. Checked after
     * the session, so that a request for a session that is not there learns that first.
     */
    JsonRpcRefusal paramsRefusal(Message message) {
        Object id = message.id();
        String method = message.method();
        Object params = message.params();
        if (method == null) {
            return null;
        }
        if (message.hasParams() && !(params instanceof Map)) {
            return JsonRpcRefusal.invalidParams(id, "\"params\" of " + method + " must be a JSON object");
        }
        ParamsShape shape = REQUIRED_PARAMS.get(method);
        if (shape == null && PAGINATED.contains(method) && params != null) {
            shape = PAGINATED_PARAMS;
        }
        if (shape == null) {
            return null;
        }
        if (params == null) {
            return JsonRpcRefusal.invalidParams(id, method + " needs \"params\" (a JSON object)");
        }
        for (String member : shape.required()) {
            if (((Map<?, ?>) params).get(member) == null) {
                return JsonRpcRefusal.invalidParams(id, method + " needs \"params." + member + "\"");
            }
        }
        try {
            jsonMapper.convertValue(params, shape.type());
        } catch (RuntimeException unbindable) {
            return JsonRpcRefusal.invalidParams(id, "\"params\" of " + method + " do not have the shape MCP "
                    + "defines (a field has the wrong type, for instance \"arguments\" that is not an object)");
        }
        return McpSchema.METHOD_LOGGING_SET_LEVEL.equals(method) ? levelRefusal(id, (Map<?, ?>) params) : null;
    }

    /** The SDK reads a level it does not know as info. */
    private static JsonRpcRefusal levelRefusal(Object id, Map<?, ?> params) {
        Object level = params.get("level");
        if (level instanceof String name && LOGGING_LEVELS.contains(name)) {
            return null;
        }
        return JsonRpcRefusal.invalidParams(id, "\"level\" must be one of " + String.join(", ", LOGGING_LEVELS));
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

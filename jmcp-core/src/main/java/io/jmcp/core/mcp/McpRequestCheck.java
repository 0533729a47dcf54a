package io.jmcp.core.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the params of an MCP request before the SDK dispatches it, so that malformed params get
 * -32602 with a message naming the field. The SDK 2.2.0 itself answers them with -32603 and the
 * text of a Jackson exception (class names), ignores an unknown logging level or a cursor, and
 * names no tool in "Unknown tool: invalid_tool_name". The types are the SDK's own.
 */
public final class McpRequestCheck {
    private static final Map<String, List<String>> REQUIRED_PARAMS = Map.of(
            McpSchema.METHOD_INITIALIZE, List.of("protocolVersion", "capabilities", "clientInfo"),
            McpSchema.METHOD_TOOLS_CALL, List.of("name"),
            McpSchema.METHOD_RESOURCES_READ, List.of("uri"),
            McpSchema.METHOD_RESOURCES_SUBSCRIBE, List.of("uri"),
            McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, List.of("uri"),
            McpSchema.METHOD_PROMPT_GET, List.of("name"),
            McpSchema.METHOD_LOGGING_SET_LEVEL, List.of("level"),
            McpSchema.METHOD_COMPLETION_COMPLETE, List.of("ref", "argument"));
    private static final Map<String, TypeRef<?>> PARAMS_TYPES = Map.of(
            McpSchema.METHOD_INITIALIZE, new TypeRef<McpSchema.InitializeRequest>() {
            },
            McpSchema.METHOD_TOOLS_CALL, new TypeRef<McpSchema.CallToolRequest>() {
            },
            McpSchema.METHOD_RESOURCES_READ, new TypeRef<McpSchema.ReadResourceRequest>() {
            },
            McpSchema.METHOD_RESOURCES_SUBSCRIBE, new TypeRef<McpSchema.SubscribeRequest>() {
            },
            McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, new TypeRef<McpSchema.UnsubscribeRequest>() {
            },
            McpSchema.METHOD_PROMPT_GET, new TypeRef<McpSchema.GetPromptRequest>() {
            },
            McpSchema.METHOD_COMPLETION_COMPLETE, new TypeRef<McpSchema.CompleteRequest>() {
            });
    /** jmcp returns every list in one page, so it never hands out a cursor a client could send back. */
    private static final Set<String> PAGINATED = Set.of(McpSchema.METHOD_TOOLS_LIST, McpSchema.METHOD_RESOURCES_LIST,
            McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, McpSchema.METHOD_PROMPT_LIST);
    /** The params of every list method; the SDK serves a list whatever its {@code _meta} holds. */
    private static final TypeRef<McpSchema.PaginatedRequest> PAGINATED_TYPE = new TypeRef<>() {
    };
    private static final String LEVELS = Arrays.stream(McpSchema.LoggingLevel.values())
            .map(level -> level.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final McpJsonMapper jsonMapper;
    private final Set<String> toolNames;

    McpRequestCheck(McpJsonMapper jsonMapper, Set<String> toolNames) {
        this.jsonMapper = jsonMapper;
        this.toolNames = Set.copyOf(toolNames);
    }

    /**
     * What is wrong with the params of a request, as the JSON-RPC error to answer it with.
     *
     * @param params the params as parsed from JSON: null when absent, else a map, list or value
     */
    public Optional<JSONRPCError> problem(String method, Object params) {
        if (params != null && !(params instanceof Map)) {
            return invalid("params of " + method + " must be a JSON object");
        }
        Map<?, ?> fields = params == null ? Map.of() : (Map<?, ?>) params;
        for (String required : REQUIRED_PARAMS.getOrDefault(method, List.of())) {
            if (fields.get(required) == null) {
                return invalid(method + " needs params." + required);
            }
        }
        if (PAGINATED.contains(method) && fields.get("cursor") != null) {
            return invalid("invalid cursor " + quoted(fields.get("cursor")) + ": this server returns every item in "
                    + "one page and issues no cursors");
        }
        if (McpSchema.METHOD_LOGGING_SET_LEVEL.equals(method)) {
            return levelProblem(fields.get("level"));
        }
        TypeRef<?> type = PAGINATED.contains(method) ? PAGINATED_TYPE : PARAMS_TYPES.get(method);
        if (type != null) {
            try {
                jsonMapper.convertValue(fields, type);
            } catch (RuntimeException wrongShape) {
                return invalid("params of " + method + " do not have the shape the MCP schema gives"
                        + JsonFieldPath.of(wrongShape).map(path -> " (at '" + path + "')").orElse(""));
            }
        }
        if (McpSchema.METHOD_TOOLS_CALL.equals(method) && !toolNames.contains(String.valueOf(fields.get("name")))) {
            return invalid("Unknown tool " + quoted(fields.get("name")) + "; tools/list gives the tools of this "
                    + "server");
        }
        return Optional.empty();
    }

    private static Optional<JSONRPCError> levelProblem(Object level) {
        boolean known = level instanceof String name && Arrays.stream(McpSchema.LoggingLevel.values())
                .anyMatch(value -> value.name().toLowerCase(Locale.ROOT).equals(name));
        return known ? Optional.empty()
                : invalid("unknown logging level " + quoted(level) + "; the levels are " + LEVELS);
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 100 ? text.substring(0, 100) + "..." : text) + "'";
    }

    private static Optional<JSONRPCError> invalid(String message) {
        return Optional.of(new JSONRPCError(ErrorCodes.INVALID_PARAMS, message, null));
    }
}

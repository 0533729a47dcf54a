package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport without sessions that hands JSON-RPC requests straight to the SDK's stateless server,
 * as the HTTP transport does after reading a POST, and the client side of it: each request names
 * its caller in the transport context, where {@link #CALLERS} finds it.
 */
final class SessionlessTransport implements McpStatelessServerTransport {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Resolves the caller each request of this transport names. */
    static final CallerResolver CALLERS = context -> (Caller) context.get(SessionlessTransport.CALLER);
    private static final String CALLER = "caller";
    private static final String PROTOCOL_VERSION = "2025-06-18";

    private final McpJsonMapper jsonMapper;
    private final AtomicInteger ids = new AtomicInteger();
    private volatile McpStatelessServerHandler handler;

    private SessionlessTransport(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Serves {@code toolServer} without sessions on a new transport. */
    static SessionlessTransport serving(McpToolServer toolServer) {
        SessionlessTransport transport = new SessionlessTransport(toolServer.jsonMapper());
        toolServer.start(transport);
        return transport;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    McpSchema.InitializeResult initialize(Caller caller) {
        return answer(caller, McpSchema.METHOD_INITIALIZE, new McpSchema.InitializeRequest(PROTOCOL_VERSION,
                McpSchema.ClientCapabilities.builder().elicitation().build(), new McpSchema.Implementation("test", "1")),
                McpSchema.InitializeResult.class);
    }

    List<String> toolNames(Caller caller) {
        return answer(caller, McpSchema.METHOD_TOOLS_LIST, Map.of(), McpSchema.ListToolsResult.class).tools().stream()
                .map(McpSchema.Tool::name).toList();
    }

    CallToolResult call(Caller caller, String tool, Map<String, Object> arguments) {
        return callLater(caller, tool, arguments).join();
    }

    /** Sends the call now; the result comes when a worker has run it. */
    CompletableFuture<CallToolResult> callLater(Caller caller, String tool, Map<String, Object> arguments) {
        return request(caller, McpSchema.METHOD_TOOLS_CALL, new McpSchema.CallToolRequest(tool, arguments))
                .timeout(TIMEOUT)
                .map(response -> as(response, CallToolResult.class))
                .toFuture();
    }

    List<String> resourceUris(Caller caller) {
        return answer(caller, McpSchema.METHOD_RESOURCES_LIST, Map.of(), McpSchema.ListResourcesResult.class)
                .resources().stream().map(McpSchema.Resource::uri).toList();
    }

    List<String> resourceTemplates(Caller caller) {
        return answer(caller, McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, Map.of(),
                McpSchema.ListResourceTemplatesResult.class).resourceTemplates().stream()
                .map(McpSchema.ResourceTemplate::uriTemplate).toList();
    }

    /** The answer to resources/read: a result or an error. */
    JSONRPCResponse read(Caller caller, String uri) {
        return request(caller, McpSchema.METHOD_RESOURCES_READ, new McpSchema.ReadResourceRequest(uri)).block(TIMEOUT);
    }

    /** The answer to prompts/get: a result or an error. */
    JSONRPCResponse prompt(Caller caller, String name, Map<String, Object> arguments) {
        return request(caller, McpSchema.METHOD_PROMPT_GET, new McpSchema.GetPromptRequest(name, arguments))
                .block(TIMEOUT);
    }

    <T> T as(JSONRPCResponse response, Class<T> type) {
        if (response.error() != null) {
            throw new IllegalStateException("the server answered with an error: " + response.error().message());
        }
        return jsonMapper.convertValue(response.result(), type);
    }

    private <T> T answer(Caller caller, String method, Object params, Class<T> type) {
        return as(request(caller, method, params).block(TIMEOUT), type);
    }

    private Mono<JSONRPCResponse> request(Caller caller, String method, Object params) {
        McpTransportContext context = McpTransportContext.create(Map.of(CALLER, caller));
        return handler.handleRequest(context, new JSONRPCRequest(McpSchema.JSONRPC_VERSION, method,
                ids.incrementAndGet(), jsonMapper.convertValue(params, Object.class)));
    }
}

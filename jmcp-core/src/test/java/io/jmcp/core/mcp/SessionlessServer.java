package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ToolHandler;
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
 * A {@link McpToolServer} started without sessions on a transport that hands JSON-RPC requests
 * straight to the SDK's stateless server, as the HTTP transport does after reading a POST. Each
 * request names its caller through the transport context.
 */
final class SessionlessServer implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CALLER = "caller";
    private static final String PROTOCOL_VERSION = "2025-06-18";

    private final McpToolServer toolServer;
    private final ToolWorkers workers;
    private final CapturingTransport transport = new CapturingTransport();
    private final AtomicInteger ids = new AtomicInteger();

    private SessionlessServer(McpToolServer toolServer, ToolWorkers workers) {
        this.toolServer = toolServer;
        this.workers = workers;
    }

    static SessionlessServer start(List<ToolHandler> tools, AuditLog auditLog, boolean readOnly, int workerThreads,
            int queueCapacity) {
        ToolEnvironment environment = new ToolEnvironment(null, null, null, auditLog, Duration.ofSeconds(360), 4,
                false, null);
        ToolWorkers workers = new ToolWorkers(workerThreads, queueCapacity);
        McpToolServer toolServer = new McpToolServer(tools, environment, workers,
                context -> (Caller) context.get(CALLER), readOnly);
        SessionlessServer server = new SessionlessServer(toolServer, workers);
        toolServer.start(server.transport);
        return server;
    }

    McpSchema.InitializeResult initialize(Caller caller) {
        return as(request(caller, McpSchema.METHOD_INITIALIZE, new McpSchema.InitializeRequest(
                PROTOCOL_VERSION, McpSchema.ClientCapabilities.builder().elicitation().build(),
                new McpSchema.Implementation("test", "1"))).block(TIMEOUT), McpSchema.InitializeResult.class);
    }

    List<String> toolNames(Caller caller) {
        McpSchema.ListToolsResult tools = as(request(caller, McpSchema.METHOD_TOOLS_LIST, Map.of()).block(TIMEOUT),
                McpSchema.ListToolsResult.class);
        return tools.tools().stream().map(McpSchema.Tool::name).toList();
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

    private Mono<JSONRPCResponse> request(Caller caller, String method, Object params) {
        McpTransportContext context = McpTransportContext.create(Map.of(CALLER, caller));
        Object jsonParams = jsonMapper().convertValue(params, Object.class);
        return transport.handler.handleRequest(context,
                new JSONRPCRequest(McpSchema.JSONRPC_VERSION, method, ids.incrementAndGet(), jsonParams));
    }

    private <T> T as(JSONRPCResponse response, Class<T> type) {
        if (response.error() != null) {
            throw new IllegalStateException("the server answered with an error: " + response.error().message());
        }
        return jsonMapper().convertValue(response.result(), type);
    }

    private McpJsonMapper jsonMapper() {
        return toolServer.jsonMapper();
    }

    @Override
    public void close() {
        toolServer.close();
        workers.close();
    }

    /** Keeps the handler the SDK's stateless server installs. */
    private static final class CapturingTransport implements McpStatelessServerTransport {
        private volatile McpStatelessServerHandler handler;

        @Override
        public void setMcpHandler(McpStatelessServerHandler handler) {
            this.handler = handler;
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }
    }
}

package io.jmcp.benchmarks.stdio;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.List;
import java.util.Map;

/** The MCP Java SDK's synchronous client over its stdio transport. */
final class SdkStdioClient implements BenchmarkClient {
    private final McpSyncClient client;
    private final long initializeAnsweredNanos;

    SdkStdioClient(List<String> serverCommand) {
        StdioClientTransport transport = new StdioClientTransport(
                ServerParameters.builder(serverCommand.get(0))
                        .args(serverCommand.subList(1, serverCommand.size()).toArray(String[]::new)).build(),
                McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(System.err::println);
        client = McpClient.sync(transport).requestTimeout(LineStdioClient.CALL_TIMEOUT)
                .initializationTimeout(LineStdioClient.CALL_TIMEOUT).build();
        client.initialize();
        initializeAnsweredNanos = System.nanoTime();
    }

    @Override
    public long initializeAnsweredNanos() {
        return initializeAnsweredNanos;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> structuredResult(String name, Map<String, Object> arguments) {
        return (Map<String, Object>) result(name, arguments).structuredContent();
    }

    private McpSchema.CallToolResult result(String name, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(name, arguments));
        if (Boolean.TRUE.equals(result.isError())) {
            throw new IllegalStateException(name + " failed: " + result.content());
        }
        return result;
    }

    @Override
    public void close() {
        client.closeGracefully();
    }
}

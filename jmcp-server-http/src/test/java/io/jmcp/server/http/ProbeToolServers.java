package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessAsyncServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MCP servers for tests of the HTTP layer alone: a read-only tool {@code whoami} that answers with
 * the caller's principal, and a mutating tool {@code change} that only config-scoped callers see.
 */
final class ProbeToolServers implements AutoCloseable {
    static final McpJsonMapper JSON = McpJsonDefaults.getMapper();
    private final List<McpAsyncServer> servers = new ArrayList<>();
    private final List<McpStatelessAsyncServer> statelessServers = new ArrayList<>();

    void serve(McpStreamableServerTransportProvider transport) {
        servers.add(McpServer.async(transport)
                .serverInfo("probe", "1")
                .jsonMapper(JSON)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .addToolFilter((context, tool) -> Mono.just(tool.annotations().readOnlyHint()
                        || HttpPrincipal.of(context).map(p -> p.scope() == Scope.CONFIG).orElse(false)))
                .tools(whoami(), change())
                .build());
    }

    void serveStateless(McpStatelessServerTransport transport) {
        statelessServers.add(McpServer.async(transport)
                .serverInfo("probe", "1")
                .jsonMapper(JSON)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(new McpStatelessServerFeatures.AsyncToolSpecification(tool("whoami", true),
                        (context, request) -> Mono.just(text(describe(context)))))
                .build());
    }

    private static String describe(io.modelcontextprotocol.common.McpTransportContext context) {
        return HttpPrincipal.of(context).map(p -> p.id() + " " + p.scope()).orElse("nobody");
    }

    private static AsyncToolSpecification whoami() {
        return new AsyncToolSpecification(tool("whoami", true),
                (exchange, request) -> Mono.just(text(describe(exchange.transportContext()))));
    }

    private static AsyncToolSpecification change() {
        return new AsyncToolSpecification(tool("change", false), (exchange, request) -> Mono.just(text("changed")));
    }

    private static McpSchema.Tool tool(String name, boolean readOnly) {
        return McpSchema.Tool.builder()
                .name(name)
                .description(name)
                .inputSchema(Map.of("type", "object"))
                .annotations(new McpSchema.ToolAnnotations(name, readOnly, false, true, false, null))
                .build();
    }

    private static McpSchema.CallToolResult text(String text) {
        return McpSchema.CallToolResult.builder().addTextContent(text).build();
    }

    @Override
    public void close() {
        servers.forEach(server -> server.closeGracefully().block(Duration.ofSeconds(5)));
        statelessServers.forEach(server -> server.closeGracefully().block(Duration.ofSeconds(5)));
    }
}

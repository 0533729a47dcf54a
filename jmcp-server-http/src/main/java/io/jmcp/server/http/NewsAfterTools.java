package io.jmcp.server.http;

import io.jmcp.core.mcp.ToolsReadiness;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The SDK's streamable HTTP transport as an {@link io.jmcp.core.mcp.EarlyMcpServer} must see it:
 * news sent to every client (list-changed notifications, as serving the tools adds them one by one)
 * is dropped until the tools are served, since no client could have listed anything yet. Everything
 * else is the SDK's transport's own.
 */
final class NewsAfterTools implements McpStreamableServerTransportProvider {
    private final McpStreamableServerTransportProvider transport;
    private final ToolsReadiness readiness;

    NewsAfterTools(McpStreamableServerTransportProvider transport, ToolsReadiness readiness) {
        this.transport = transport;
        this.readiness = readiness;
    }

    @Override
    public void setSessionFactory(McpStreamableServerSession.Factory sessionFactory) {
        transport.setSessionFactory(sessionFactory);
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return readiness.isServed() ? transport.notifyClients(method, params) : Mono.empty();
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return transport.notifyClient(sessionId, method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return transport.closeGracefully();
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public List<String> protocolVersions() {
        return transport.protocolVersions();
    }
}

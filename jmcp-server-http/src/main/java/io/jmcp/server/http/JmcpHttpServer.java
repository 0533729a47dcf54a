package io.jmcp.server.http;

import io.jmcp.core.app.JmcpApp;
import io.jmcp.server.common.DemoFleet;

import java.net.URI;

/**
 * A running jmcp HTTP server: its tools, its HTTP listener and, with {@code --demo}, its simulated
 * devices. {@link #close()} shuts down in order: no new requests, MCP sessions and running tool
 * calls, device sessions, the listener, the simulated devices.
 */
final class JmcpHttpServer implements AutoCloseable {
    private final JmcpApp app;
    private final McpHttpServer http;
    private final DemoFleet demo;
    private boolean closed;

    JmcpHttpServer(JmcpApp app, McpHttpServer http, DemoFleet demo) {
        this.app = app;
        this.http = http;
        this.demo = demo;
    }

    URI endpoint() {
        return http.endpoint();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stopAccepting();
        app.close();
        http.close();
        if (demo != null) {
            demo.close();
        }
    }
}

package io.jmcp.server.http;

import io.jmcp.core.app.JmcpApp;
import io.jmcp.server.common.DemoFleet;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * A running jmcp HTTP server: its HTTP listener, which answers {@code initialize} from the start,
 * and once built ({@link #serve}) its tools and, with {@code --demo}, its simulated devices.
 * {@link #close()} shuts down in order: no new requests, MCP sessions and running tool calls, device
 * sessions, the listener, the simulated devices; closed before its tools were served, it refuses the
 * requests waiting for them, saying the server is stopping.
 */
final class JmcpHttpServer implements AutoCloseable {
    private final McpHttpServer http;
    private final ScopedTransports transports;
    private JmcpApp app;
    private DemoFleet demo;
    private boolean closed;

    JmcpHttpServer(McpHttpServer http, ScopedTransports transports) {
        this.http = http;
        this.transports = transports;
    }

    URI endpoint() {
        return http.endpoint();
    }

    /** Completes once the endpoint has served its first request (a refused one does not count). */
    CompletionStage<Void> firstAnswer() {
        return http.firstAnswer();
    }

    /** Serves the built tools; when the server was closed meanwhile, closes them instead. */
    synchronized void serve(JmcpApp built, DemoFleet builtDemo) {
        if (closed) {
            built.close();
            if (builtDemo != null) {
                builtDemo.close();
            }
            return;
        }
        this.app = built;
        this.demo = builtDemo;
        transports.serve(built.toolServer());
    }

    /** The tools could not be built: requests waiting for them learn why, then the server closes. */
    synchronized void abandon(String reason) {
        if (!closed) {
            transports.refuse(reason);
            close();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (app == null) {
            LoggerFactory.getLogger(JmcpHttpServer.class).info("Shutting down before the tools were served");
            transports.refuse("the server is stopping");
        }
        http.stopAccepting();
        if (app != null) {
            app.close();
        }
        http.close();
        if (demo != null) {
            demo.close();
        }
    }
}

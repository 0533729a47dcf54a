package io.jmcp.benchmarks.stdio;

import java.util.List;
import java.util.Map;

/**
 * An MCP client that started the server as its subprocess and talks to it: over stdio, or over HTTP
 * for {@link LaunchedHttpClient}.
 */
interface BenchmarkClient extends AutoCloseable {

    /** Which client, for the figures' labels. */
    enum Kind {
        /** One thread writes a request line and reads until its response: as little client work as MCP allows. */
        LINE,
        /** The MCP Java SDK's synchronous client (Reactor underneath). */
        SDK;

        BenchmarkClient start(List<String> serverCommand) {
            return this == LINE ? new LineStdioClient(serverCommand) : new SdkStdioClient(serverCommand);
        }
    }

    /**
     * {@link System#nanoTime()} when the answer to {@code initialize} arrived: a cold start ends
     * there, not after the {@code notifications/initialized} that follows (over HTTP a request of
     * its own, answered 202).
     */
    long initializeAnsweredNanos();

    /** Calls a tool and waits for its result. @throws IllegalStateException when the result is an error */
    default void callTool(String name, Map<String, Object> arguments) {
        structuredResult(name, arguments);
    }

    /**
     * Calls a tool and returns its structured result, e.g. get_router_list's routers by name.
     *
     * @throws IllegalStateException when the result is an error
     */
    Map<String, Object> structuredResult(String name, Map<String, Object> arguments);

    @Override
    void close();
}

package io.jmcp.examples.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server started from a command line as an MCP client (Claude Desktop, VS Code) starts it, and
 * the MCP SDK's own client talking to it over stdin and stdout. The server's stderr is kept for
 * failure messages.
 */
final class StdioServer implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final McpSyncClient client;
    private final List<String> stderr;

    private StdioServer(McpSyncClient client, List<String> stderr) {
        this.client = client;
        this.stderr = stderr;
    }

    static Builder command(String command, String... args) {
        return new Builder(command, List.of(args));
    }

    McpSyncClient client() {
        return client;
    }

    McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    /** What the server wrote on stderr so far, for assertion messages. */
    String stderr() {
        return String.join("\n", stderr);
    }

    /** Stops the server (SIGTERM); true when it has ended within the client's grace period. */
    boolean stop() {
        return client.closeGracefully();
    }

    @Override
    public void close() {
        client.closeGracefully();
    }

    static final class Builder {
        private final String command;
        private final List<String> args;
        private final Map<String, String> environment = new HashMap<>();
        private final List<String> removedEnvironment = new ArrayList<>();
        private Path workingDirectory;

        private Builder(String command, List<String> args) {
            this.command = command;
            this.args = new ArrayList<>(args);
        }

        Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** Starts the server without this variable of the test's environment. */
        Builder withoutEnvironment(String name) {
            removedEnvironment.add(name);
            return this;
        }

        Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /**
         * Starts the server and completes the MCP initialize handshake.
         *
         * @throws AssertionError with the server's stderr when it does not answer initialize
         */
        StdioServer start() {
            List<String> stderr = new CopyOnWriteArrayList<>();
            StdioClientTransport transport = new StdioClientTransport(
                    ServerParameters.builder(command).args(args).env(environment).build(),
                    McpJsonDefaults.getMapper()) {
                @Override
                protected ProcessBuilder getProcessBuilder() {
                    ProcessBuilder process = super.getProcessBuilder();
                    removedEnvironment.forEach(process.environment()::remove);
                    return process.directory(workingDirectory == null ? null : workingDirectory.toFile());
                }
            };
            transport.setStdErrorHandler(stderr::add);
            McpSyncClient client = McpClient.sync(transport).requestTimeout(TIMEOUT).initializationTimeout(TIMEOUT)
                    .build();
            try {
                client.initialize();
            } catch (RuntimeException failure) {
                client.close();
                throw new AssertionError("'" + command + " " + String.join(" ", args)
                        + "' did not answer MCP initialize; its stderr:\n" + String.join("\n", stderr), failure);
            }
            return new StdioServer(client, stderr);
        }
    }
}

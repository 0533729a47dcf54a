package io.jmcp.server.stdio;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A jmcp server (or a test server) started as a subprocess with this JVM's class path, and the MCP
 * SDK's own client talking to it over stdio, as Claude Desktop would. Collects what the client
 * receives besides responses (progress, log messages, resource lists after list_changed) and the
 * server's stderr.
 */
final class McpServerProcess implements AutoCloseable {
    private final McpSyncClient client;
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    private final List<McpSchema.LoggingMessageNotification> logMessages = new CopyOnWriteArrayList<>();
    private final List<List<McpSchema.Resource>> resourceListChanges = new CopyOnWriteArrayList<>();

    private McpServerProcess(Builder builder) {
        StdioClientTransport transport = new StdioClientTransport(
                ServerParameters.builder(javaExecutable()).args(builder.commandLine()).env(builder.environment).build(),
                McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(stderr::add);
        McpClient.SyncSpec spec = McpClient.sync(transport)
                .requestTimeout(builder.requestTimeout)
                .initializationTimeout(Duration.ofSeconds(60))
                .progressConsumer(progress::add)
                .loggingConsumer(logMessages::add)
                .resourcesChangeConsumer(resourceListChanges::add);
        if (builder.elicitation != null) {
            spec.capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                    .elicitation(builder.elicitation);
        }
        this.client = spec.build();
        client.initialize();
    }

    static Builder mainClass(Class<?> mainClass, String... args) {
        return new Builder(mainClass, args);
    }

    static McpServerProcess start(Class<?> mainClass, String... args) {
        return mainClass(mainClass, args).start();
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

    List<String> stderr() {
        return stderr;
    }

    List<McpSchema.ProgressNotification> progress() {
        return progress;
    }

    List<McpSchema.LoggingMessageNotification> logMessages() {
        return logMessages;
    }

    /** The resource lists the client fetched after each {@code notifications/resources/list_changed}. */
    List<List<McpSchema.Resource>> resourceListChanges() {
        return resourceListChanges;
    }

    @Override
    public void close() {
        client.closeGracefully();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The arguments of {@code java} that run {@code mainClass} with this JVM's class path. */
    static List<String> javaArguments(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of("-cp", testClassPath(), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static final class Builder {
        private final Class<?> mainClass;
        private final String[] args;
        private final Map<String, String> environment = new java.util.HashMap<>();
        private Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> elicitation;
        private Duration requestTimeout = Duration.ofSeconds(60);

        private Builder(Class<?> mainClass, String[] args) {
            this.mainClass = mainClass;
            this.args = args;
        }

        Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        Builder elicitation(Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> handler) {
            this.elicitation = handler;
            return this;
        }

        /** How long the client waits for each response (a million routes take long on a busy machine). */
        Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        McpServerProcess start() {
            return new McpServerProcess(this);
        }

        String[] commandLine() {
            return javaArguments(mainClass, args).toArray(String[]::new);
        }
    }
}

package io.jmcp.benchmarks.batch;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wall time of {@code execute_junos_command_batch} on many routers, as an MCP client sees it: the
 * stdio server jar is started with {@code --demo N} (N simulated devices and jmcp in one JVM) and
 * the MCP SDK's client runs the batch over all of them, first cold (every router logs in), then
 * warm (pooled sessions). With {@code --session-per-call} the server runs {@code --no-session-pool}:
 * every run logs in to every router again, as the seed did, which measures logins with a warm JVM.
 * Prints each run's wall time and result counts, and the server JVM's heap after the runs (live
 * data after a full GC, and committed heap) and resident set size.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.batch.BatchBenchmark \
 *     [--jar jmcp-server-stdio/target/jmcp-server-stdio.jar] [--devices 500] [--runs 5] [--concurrency 32] \
 *     [--session-per-call]
 * </pre>
 */
public final class BatchBenchmark {
    private static final String COMMAND = "show version";
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);

    private BatchBenchmark() {
    }

    public static void main(String[] args) {
        Path jar = Path.of(option(args, "--jar", "jmcp-server-stdio/target/jmcp-server-stdio.jar"));
        int devices = Integer.parseInt(option(args, "--devices", "500"));
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        String concurrency = option(args, "--concurrency", "32");
        boolean sessionPerCall = List.of(args).contains("--session-per-call");
        if (!Files.isRegularFile(jar)) {
            System.err.println("No server jar at " + jar + "; build it with: mvn -B -q -DskipTests package");
            System.exit(2);
        }
        System.out.printf("execute_junos_command_batch '%s' on %d simulated devices (--demo, one server JVM), "
                + "batch concurrency %s, %s, %d cores%n", COMMAND, devices, concurrency,
                sessionPerCall ? "a new session per call" : "pooled sessions", Runtime.getRuntime().availableProcessors());
        McpSyncClient client = connect(jar, devices, concurrency, sessionPerCall);
        try {
            List<String> routers = routers(client);
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                Map<String, Object> summary = batch(client, routers);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("run %d (%s): %.2f s wall, %s successful, %s failed%n", run,
                        describe(run, sessionPerCall), seconds, summary.get("successful"), summary.get("failed"));
            }
            ServerProcess.find(jar).ifPresentOrElse(server -> System.out.println(server.memoryReport()),
                    () -> System.out.println("server process not found: no heap figures"));
        } finally {
            client.closeGracefully();
        }
    }

    private static String describe(int run, boolean sessionPerCall) {
        if (run == 1) {
            return "cold JVM, every router logs in";
        }
        return sessionPerCall ? "warm JVM, every router logs in" : "warm JVM, pooled sessions";
    }

    private static McpSyncClient connect(Path jar, int devices, String concurrency, boolean sessionPerCall) {
        List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString(), "--demo", Integer.toString(devices),
                "--batch-concurrency", concurrency, "--log-level", "warn"));
        if (sessionPerCall) {
            arguments.add("--no-session-pool");
        }
        StdioClientTransport transport = new StdioClientTransport(
                ServerParameters.builder(javaExecutable()).args(arguments.toArray(String[]::new)).build(),
                McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(System.err::println);
        McpSyncClient client = McpClient.sync(transport).requestTimeout(CALL_TIMEOUT)
                .initializationTimeout(CALL_TIMEOUT).build();
        client.initialize();
        return client;
    }

    @SuppressWarnings("unchecked")
    private static List<String> routers(McpSyncClient client) {
        McpSchema.CallToolResult routers = client.callTool(new McpSchema.CallToolRequest("get_router_list", Map.of()));
        return List.copyOf(((Map<String, Object>) routers.structuredContent()).keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> batch(McpSyncClient client, List<String> routers) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("execute_junos_command_batch",
                Map.of("router_names", routers, "command", COMMAND)));
        if (result.structuredContent() == null) {
            throw new IllegalStateException("the batch failed: " + result.content());
        }
        return (Map<String, Object>) ((Map<String, Object>) result.structuredContent()).get("summary");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return defaultValue;
    }
}

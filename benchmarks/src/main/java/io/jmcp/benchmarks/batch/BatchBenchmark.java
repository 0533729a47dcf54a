package io.jmcp.benchmarks.batch;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.CommandLine;
import io.jmcp.benchmarks.process.ServerProcess;
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

/**
 * Wall time of {@code execute_junos_command_batch} on many routers, as an MCP client sees it: the
 * stdio server jar is started with {@code --demo N} (N simulated devices and jmcp in one JVM) and
 * the MCP SDK's client runs the batch over all of them, first cold (every router logs in), then
 * warm (pooled sessions). With {@code --session-per-call} the server runs {@code --no-session-pool}:
 * every run logs in to every router again, as the seed did, which measures logins with a warm JVM.
 * Prints each run's wall time, the server JVM's CPU time (comparable on a busy machine, where wall
 * time is not) and result counts, and the server JVM's heap after the runs (live data after a full
 * GC, and committed heap) and resident set size.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.batch.BatchBenchmark \
 *     [--jar jmcp-server-stdio/target/jmcp-server-stdio.jar] [--devices 500] [--runs 5] [--concurrency 32] \
 *     [--session-per-call] [--server-jvm-option OPTION]...
 * </pre>
 * {@code --server-jvm-option} (repeatable) passes an option to the server JVM; bin/jmcp starts the
 * stdio server with {@code -XX:TieredStopAtLevel=1}, so pass that to measure the server as it
 * launches it (plain {@code java -jar} otherwise).
 */
public final class BatchBenchmark {
    private static final String COMMAND = "show version";
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);

    private BatchBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        CommandLine options = new CommandLine(args);
        Path jar = BenchmarkSetup.stdioServerJar(options);
        int devices = options.intValue("--devices", 500);
        int runs = options.intValue("--runs", 5);
        String concurrency = options.value("--concurrency", "32");
        boolean sessionPerCall = options.has("--session-per-call");
        List<String> jvmOptions = options.values("--server-jvm-option");
        System.out.printf("execute_junos_command_batch '%s' on %d simulated devices (--demo, one server JVM), "
                + "batch concurrency %s, %s, %d cores%n", COMMAND, devices, concurrency,
                sessionPerCall ? "a new session per call" : "pooled sessions", Runtime.getRuntime().availableProcessors());
        McpSyncClient client = connect(jar, jvmOptions, devices, concurrency, sessionPerCall);
        try {
            List<String> routers = routers(client);
            ServerProcess server = ServerProcess.find(jar).orElseThrow(
                    () -> new IllegalStateException("the server process was not found among this JVM's children"));
            for (int run = 1; run <= runs; run++) {
                ServerProcess.Counters before = server.counters();
                long started = System.nanoTime();
                Map<String, Object> summary = batch(client, routers);
                double seconds = (System.nanoTime() - started) / 1e9;
                ServerProcess.Counters used = server.counters().since(before);
                System.out.printf("run %d (%s): %.2f s wall, %.2f s server CPU, %s successful, %s failed%n", run,
                        describe(run, sessionPerCall), seconds, used.cpuNanos() / 1e9, summary.get("successful"),
                        summary.get("failed"));
            }
            System.out.println(server.memoryReport());
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

    private static McpSyncClient connect(Path jar, List<String> jvmOptions, int devices, String concurrency,
            boolean sessionPerCall) {
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.addAll(List.of("-jar", jar.toString(), "--demo", Integer.toString(devices),
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
}
